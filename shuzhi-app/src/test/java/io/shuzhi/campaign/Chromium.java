package io.shuzhi.campaign;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Headless Debian chromium for the campaign's browser tests; the calling test is skipped where it is absent. */
public final class Chromium {

    private Chromium() {
    }

    public static WebDriver start(int width, int height) throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/chromium")) && Files.exists(Path.of("/usr/bin/chromedriver")),
                "chromium and chromedriver are needed");
        Path profile = Files.createTempDirectory("cmp-chrome");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }
}
