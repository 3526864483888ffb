package io.shuzhi.ballot;

import io.shuzhi.campaign.CampaignFixtures;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A ballot cast on a phone-sized window through the token page, without logging in. Skips without chromium. */
@IntegrationTest
class BallotPageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/chromium")) && Files.exists(Path.of("/usr/bin/chromedriver")),
                "chromium and chromedriver are needed");
        profile = Files.createTempDirectory("cmp-chrome");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBallotIsCastOnAPhoneThroughTheTokenPage() {
        Api admin = Api.admin(port);
        long city = CampaignFixtures.organization(admin, null, "手机测评市委");
        List<Long> reporters = List.of(CampaignFixtures.organization(admin, city, "甲县委"), CampaignFixtures.organization(admin, city, "乙县委"));
        long campaign = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", 2025, "title", "手机测评",
                "reporterOrganizationIds", reporters)).json().get("id").asLong();
        JsonNode opened = admin.post("/api/campaigns/" + campaign + "/ballot-sessions", Map.of("mode", "TEST",
                "seats", List.of(Map.of("group", "群众代表", "weight", 1, "count", 2)))).json();
        long session = opened.get("id").asLong();
        String token = opened.get("tokens").get(0).get("token").asString();
        List<Long> reportIds = new ArrayList<>();
        admin.get("/api/campaigns/" + campaign + "/reports").json().forEach(r -> reportIds.add(r.get("id").asLong()));

        browser.get("http://localhost:" + port + "/ballot");
        // typed the way people type codes from paper: lower case, with a dash
        String typed = (token.substring(0, 4) + "-" + token.substring(4)).toLowerCase();
        browser.findElement(By.id("token")).sendKeys(typed);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        assertThat(browser.findElements(By.cssSelector("fieldset.rating"))).hasSize(2);
        WebElement good = browser.findElement(By.cssSelector("#reporter-" + reportIds.get(0) + " input[value=GOOD]"));
        assertThat(good.getSize().getHeight()).isGreaterThanOrEqualTo(20);
        good.findElement(By.xpath("..")).click();
        browser.findElement(By.cssSelector("#reporter-" + reportIds.get(1) + " input[value=AVERAGE]")).findElement(By.xpath("..")).click();
        browser.findElement(By.name("comment")).sendKeys("希望加强非公企业党建");
        browser.findElement(By.id("submit-ballot")).click();

        assertThat(browser.findElement(By.id("ballot-done")).getText()).contains("谢谢");
        String ratings = jdbc.sql("SELECT b.ratings::text FROM ballot b JOIN ballot_token t ON t.id = b.token_id WHERE t.token = :t")
                .param("t", token).query(String.class).single();
        assertThat(ratings).contains("\"" + reportIds.get(0) + "\": \"GOOD\"").contains("\"" + reportIds.get(1) + "\": \"AVERAGE\"");
        assertThat(jdbc.sql("SELECT count(*) FROM ballot WHERE session_id = :s").param("s", session).query(Integer.class).single()).isEqualTo(1);
    }
}
