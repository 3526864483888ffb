package io.shuzhi.review;

import io.shuzhi.search.SeedCompilation;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading view of an uploaded report, in a real browser: highlighted figures and findings with their fixes. */
@IntegrationTest
class ReadingViewBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stop() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void readingViewShowsHighlightedQuantitiesAndFindingsWithFixes() {
        Api admin = Api.admin(port);
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        long compilation = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", SeedCompilation.FILE, SeedCompilation.bytes())
                .json().get("id").asLong();
        long suixianReport = admin.post("/api/campaigns/" + f.campaignId() + "/compilations/" + compilation + "/confirm", Map.of())
                .json().get("reports").get(0).get("reportId").asLong();

        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        // the login's POST and redirect must finish before the next page is asked for, or that page sees no session
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get("http://localhost:" + port + "/reports/" + suixianReport + "/reading");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-text mark.quantity")));

        List<WebElement> quantities = browser.findElements(By.cssSelector("#report-text mark.quantity"));
        assertThat(quantities).hasSizeGreaterThan(10);
        WebElement perVillage = quantities.stream().filter(q -> q.getText().equals("4.89万元")).findFirst().orElseThrow();
        assertThat(perVillage.getAttribute("title")).isEqualTo("48900 元");

        List<WebElement> findings = browser.findElements(By.cssSelector(".margin .finding"));
        assertThat(findings).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".margin .finding .fix ins"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#report-text h2.part"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("#checklist li"))).hasSize(7);
        assertThat(browser.findElement(By.cssSelector("#report-text")).getText()).contains("三屏互动进农家");
    }
}
