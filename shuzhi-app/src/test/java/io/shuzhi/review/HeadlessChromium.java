package io.shuzhi.review;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A headless Debian chromium for browser tests; the test is skipped where chromium is not installed. A local
 * stand-in until the shared {@code io.shuzhi.support.Browser} reaches main.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static WebDriver start() {
        Assumptions.assumeTrue(Files.exists(CHROMIUM) && Files.exists(DRIVER), "chromium is not installed");
        try {
            Path profile = Files.createTempDirectory("shuzhi-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--window-size=1400,1000", "--lang=zh-CN",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void quit(WebDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }
}
