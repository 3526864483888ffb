package io.shuzhi.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium for end-to-end journeys, as a JUnit 5 extension. One browser per test class:
 * <pre>{@code
 * @IntegrationTest
 * class CampaignJourneyTest {
 *     @RegisterExtension
 *     static Browser browser = Browser.desktop();      // or Browser.phone(), or Browser.sized(w, h)
 *
 *     @LocalServerPort int port;
 *
 *     @Test
 *     void secretarySubmitsAReport() {
 *         browser.signIn(port, "admin", Api.ADMIN_PASSWORD);
 *         browser.open(port, "/campaigns");
 *         browser.find(By.id("new-campaign")).click();
 *         ...
 *     }
 * }
 * }</pre>
 * When {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing the whole class is skipped (an
 * assumption, reported as skipped, never as passed). The driver is the system chromedriver, so Selenium Manager
 * never downloads anything; each browser gets a fresh profile in a temporary directory, removed afterwards.
 * Use {@link #driver()} for anything the helpers do not cover; waits default to {@link #TIMEOUT}.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final int width;
    private final int height;
    private WebDriver driver;
    private Path profile;

    private Browser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A laptop-sized window (1366×900). */
    public static Browser desktop() {
        return new Browser(1366, 900);
    }

    /** A phone-sized window (390×844, an iPhone 12–15). */
    public static Browser phone() {
        return new Browser(390, 844);
    }

    public static Browser sized(int width, int height) {
        return new Browser(width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver not installed under /usr/bin: browser journeys skipped");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("shuzhi-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} (e.g. {@code /organizations}) on the app at {@code localhost:port}. */
    public Browser open(int port, String path) {
        driver.get("http://localhost:" + port + path);
        return this;
    }

    /** Signs in through the login form and waits for the start page. */
    public Browser signIn(int port, String username, String password) {
        open(port, "/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("login-submit")).click();
        new WebDriverWait(driver, TIMEOUT).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Waits until the element is visible, then returns it. */
    public WebElement find(By by) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the page's text contains {@code text}. A page that is still navigating replaces its body under
     * our feet, so a stale body is simply looked up again on the next poll.
     */
    public Browser waitForText(String text) {
        new WebDriverWait(driver, TIMEOUT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a PNG of the window, e.g. under {@code target/screenshots}, for looking at a page by eye. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
