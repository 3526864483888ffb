package io.shuzhi.campaign;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The organization department's pages, driven as a person would: dashboard, editor, review, ballot, results. */
@IntegrationTest
class CampaignPagesBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    void submit(By button) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    @Test
    void aReportIsWrittenReviewedRatedAndPublishedThroughThePages() throws Exception {
        browser = Chromium.start(1280, 900);
        Api admin = Api.admin(port);
        long city = CampaignFixtures.organization(admin, null, "页面测试市委");
        long county = CampaignFixtures.organization(admin, city, "页面测试县委");
        long campaign = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", 2025, "title", "页面测试述职评议",
                "reporterOrganizationIds", List.of(county))).json().get("id").asLong();
        long report = admin.get("/api/campaigns/" + campaign + "/reports").json().get(0).get("id").asLong();

        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (RuntimeException e) {
            throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.getPageSource(), e);
        }

        browser.get(url("/campaigns/" + campaign));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("页面测试述职评议");
        assertThat(browser.getPageSource()).contains("未开始");

        // write the report in the editor and save it with the plain Save button
        browser.get(url("/reports/" + report));
        for (String section : List.of("HIGHLIGHTS", "PROBLEMS", "MEASURES")) {
            browser.findElements(By.name(section + ".heading")).get(0).sendKeys(section + "要点。");
            browser.findElements(By.name(section + ".text")).get(0).sendKeys("页面填写的" + section + "内容");
        }
        submit(By.cssSelector("#report-form button[type=submit]"));
        assertThat(admin.get("/api/reports/" + report).json().get("sections").get("HIGHLIGHTS").get(0).get("text").asString())
                .isEqualTo("页面填写的HIGHLIGHTS内容");
        submit(By.cssSelector("form[action$='/submit'] button"));
        assertThat(browser.getPageSource()).contains("已提交");
        submit(By.cssSelector("form[action$='/accept'] button"));
        assertThat(admin.get("/api/reports/" + report).json().get("status").asString()).isEqualTo("ACCEPTED");

        // open a test session from the page, vote through the API, close and release from the page
        browser.get(url("/campaigns/" + campaign + "/ballot"));
        browser.findElements(By.name("group")).get(0).clear();
        browser.findElements(By.name("group")).get(0).sendKeys("代表");
        browser.findElements(By.name("count")).get(0).sendKeys("3");
        submit(By.cssSelector("form button.primary"));
        String sessionUrl = browser.getCurrentUrl();
        long session = Long.parseLong(sessionUrl.substring(sessionUrl.lastIndexOf('/') + 1));
        browser.get(url("/ballot-sessions/" + session + "/sheet"));
        List<String> codes = new ArrayList<>();
        browser.findElements(By.cssSelector(".ticket code")).forEach(c -> codes.add(c.getText()));
        assertThat(codes).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".ticket img"))).hasSize(3);
        Api.Response cast = Api.anonymous(port).post("/api/ballots", Map.of("token", codes.get(0), "ratings", List.of(Map.of("reportId", report, "grade", "GOOD"))));
        assertThat(cast.status()).as(cast.text()).isEqualTo(200);
        browser.get(sessionUrl);
        String screen = browser.findElement(By.linkText("大屏幕")).getAttribute("href");
        submit(By.cssSelector("form[action$='/close'] button"));
        submit(By.cssSelector("form[action$='/release'] button"));

        browser.get(screen);
        assertThat(browser.findElement(By.cssSelector(".turnout")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.id("screen-chart"))).hasSize(1);

        browser.get(url("/campaigns/" + campaign + "/results"));
        JsonNode results = admin.get("/api/campaigns/" + campaign + "/results").json();
        assertThat(results.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(browser.findElement(By.id("results")).getText()).contains("页面测试县委");
        browser.findElement(By.name("editorNote")).sendKeys("现将述职报告予以刊发。");
        submit(By.cssSelector("form[action$='/publish'] button"));
        assertThat(admin.get("/api/reports/" + report).json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(admin.get("/api/campaigns/" + campaign + "/bulletin.html").text()).contains("现将述职报告予以刊发").contains("页面填写的HIGHLIGHTS内容");
    }
}
