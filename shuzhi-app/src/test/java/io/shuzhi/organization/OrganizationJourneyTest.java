package io.shuzhi.organization;

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's first steps in a real browser: sign in, build the tree by form and by file, check the log. */
@IntegrationTest
class OrganizationJourneyTest {

    @RegisterExtension
    static Browser browser = Browser.desktop();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminCreatesAnOrganizationAndFindsItInTheTreeAndTheAuditLog() {
        String code = Api.unique("WEB-");
        browser.signIn(port, "admin", Api.ADMIN_PASSWORD).open(port, "/organizations");
        browser.find(By.id("new-organization")).click();

        browser.find(By.id("code")).sendKeys(code);
        browser.find(By.id("name")).sendKeys("浏览器测试市委");
        new Select(browser.find(By.id("kind"))).selectByValue("COMMITTEE");
        new Select(browser.find(By.id("level"))).selectByValue("CITY");
        browser.find(By.id("secretaryName")).sendKeys("周测试");
        browser.find(By.id("organization-save")).click();

        browser.waitForText(code);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("浏览器测试市委");
        long id = jdbc.sql("SELECT id FROM organization WHERE code = :c").param("c", code).query(Long.class).single();

        browser.open(port, "/organizations");
        assertThat(browser.find(By.linkText("浏览器测试市委")).getAttribute("href")).endsWith("/organizations/" + id);

        browser.open(port, "/audit");
        browser.waitForText("新建党组织");
        assertThat(browser.driver().findElements(By.cssSelector("table tbody tr")))
                .anyMatch(row -> row.getText().contains("admin") && row.getText().contains("新建党组织")
                        && row.getText().contains(String.valueOf(id)));
    }

    @Test
    void aBadImportFileShowsItsErrorsAndAGoodOneIsImported() throws Exception {
        String p = Api.unique("WEBI-");
        browser.signIn(port, "admin", Api.ADMIN_PASSWORD).open(port, "/organizations");

        Path bad = file("bad.csv", "组织编码,上级组织编码,组织名称,组织类别,层级,领域\n" + p + "A,,甲,党委,市,\n" + p + "B," + p + "A,乙,小组,村,\n");
        upload(bad);
        browser.find(By.id("import-errors"));
        assertThat(browser.find(By.cssSelector("#import-errors table")).getText()).contains("3").contains("小组");
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE code LIKE :p").param("p", p + "%").query(Long.class).single()).isZero();

        Path good = file("good.csv", "组织编码,上级组织编码,组织名称,组织类别,层级,领域\n" + p + "A,,网页导入市委,党委,市,\n" + p + "B," + p + "A,网页导入村党支部,党支部,村,\n");
        upload(good);
        assertThat(browser.find(By.id("import-done")).getText()).contains("2");
        assertThat(browser.find(By.linkText("网页导入市委")).isDisplayed()).isTrue();
    }

    private void upload(Path file) {
        var details = browser.driver().findElement(By.cssSelector("details.import"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("#import-form button[type=submit]")).click();
    }

    private static Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("shuzhi-import-");
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
