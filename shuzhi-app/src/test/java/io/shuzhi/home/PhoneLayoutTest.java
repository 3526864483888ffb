package io.shuzhi.home;

import io.shuzhi.support.Api;
import io.shuzhi.support.Browser;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages on a 390×844 phone: nothing wider than the screen (wide tables scroll inside their own box), the menu
 * folded behind its button. Screenshots land in {@code target/screenshots/phone-*.png} for a look by eye.
 */
@IntegrationTest
class PhoneLayoutTest {

    @RegisterExtension
    static Browser browser = Browser.phone();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFoundationPageFitsAPhoneScreen() {
        Api admin = Api.admin(port);
        var body = new HashMap<String, Object>();
        body.put("code", Api.unique("PHONE-"));
        body.put("name", "（演示）一个名字相当长的手机布局测试用党组织委员会");
        body.put("kind", "COMMITTEE");
        body.put("level", "CITY");
        long org = admin.post("/api/organizations", body).json().get("id").asLong();
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();

        browser.open(port, "/login");
        assertFits("login");
        browser.signIn(port, "admin", Api.ADMIN_PASSWORD);
        assertThat(browser.find(By.cssSelector(".nav-toggle-label")).isDisplayed()).as("menu button on a phone").isTrue();
        assertThat(browser.driver().findElement(By.cssSelector(".mainnav")).isDisplayed()).as("menu folded").isFalse();

        for (String page : List.of("/", "/organizations", "/organizations/" + org, "/organizations/new", "/users",
                "/users/" + adminId, "/audit")) {
            browser.open(port, page);
            assertFits(page.equals("/") ? "home" : page.substring(1).replace('/', '-'));
        }
    }

    private void assertFits(String name) {
        browser.screenshot(Path.of("target/screenshots/phone-" + name + ".png"));
        Number overflow = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as(name + " is wider than the screen by").isLessThanOrEqualTo(0);
    }
}
