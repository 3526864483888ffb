package io.shuzhi.account;

import io.shuzhi.support.Api;
import io.shuzhi.support.Browser;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator changes a user's access and password on the user's page. */
@IntegrationTest
class UserJourneyTest {

    @RegisterExtension
    static Browser browser = Browser.desktop();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminMovesASecretaryToAnotherCountyAndResetsThePassword() {
        Api admin = Api.admin(port);
        String p = Api.unique("UJ-");
        long city = organization(admin, null, p + "C", "用户测试市委", "CITY");
        long countyA = organization(admin, city, p + "A", "甲县委", "COUNTY");
        long countyB = organization(admin, city, p + "B", "乙县委", "COUNTY");
        String username = Api.unique("sec");
        long userId = admin.post("/api/users", Map.of("username", username, "password", "first-password-1", "displayName", "调岗书记",
                "grants", List.of(Map.of("role", "SECRETARY", "organizationId", countyA)))).json().get("id").asLong();

        browser.signIn(port, "admin", Api.ADMIN_PASSWORD).open(port, "/users/" + userId);
        new Select(browser.find(By.id("grant-role"))).selectByValue("SECRETARY");
        browser.find(By.id("grant-organization")).sendKeys(p + "B");
        browser.find(By.cssSelector("#grant-form button")).click();
        assertThat(browser.find(By.id("user-done")).getText()).isEqualTo("已添加权限");
        assertThat(browser.find(By.id("grants")).getText()).contains("甲县委").contains("乙县委");

        browser.driver().findElements(By.cssSelector("#grants tbody tr")).stream()
                .filter(row -> row.getText().contains("甲县委")).findFirst().orElseThrow()
                .findElement(By.tagName("button")).click();
        assertThat(browser.find(By.id("user-done")).getText()).isEqualTo("已移除权限");
        assertThat(browser.find(By.id("grants")).getText()).doesNotContain("甲县委").contains("乙县委");

        browser.find(By.id("new-password")).sendKeys("short");
        browser.find(By.cssSelector("#password-form button")).click();
        assertThat(browser.driver().getCurrentUrl()).as("the browser refuses a short password (minlength)").endsWith("/users/" + userId);
        browser.driver().findElement(By.id("new-password")).clear();
        browser.find(By.id("new-password")).sendKeys("second-password-2");
        browser.find(By.cssSelector("#password-form button")).click();
        assertThat(browser.find(By.id("user-done")).getText()).startsWith("密码已重置");

        Api secretary = Api.login(port, username, "second-password-2");
        assertThat(secretary.get("/api/organizations/" + countyB).status()).isEqualTo(200);
        assertThat(secretary.get("/api/organizations/" + countyA).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'User' AND entity_id = :id ORDER BY id")
                .param("id", String.valueOf(userId)).query(String.class).list())
                .containsExactly("user.created", "user.grants-changed", "user.grants-changed", "user.password-reset");
    }

    @Test
    void administratorsCannotChangeTheirOwnAccess() {
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();

        browser.signIn(port, "admin", Api.ADMIN_PASSWORD).open(port, "/users/" + adminId);

        assertThat(browser.pageText()).contains("不能修改自己的权限");
        assertThat(browser.driver().findElements(By.id("grant-form"))).isEmpty();
    }

    private static long organization(Api admin, Long parentId, String code, String name, String level) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", code);
        body.put("name", name);
        body.put("kind", "COMMITTEE");
        body.put("level", level);
        return admin.post("/api/organizations", body).json().get("id").asLong();
    }
}
