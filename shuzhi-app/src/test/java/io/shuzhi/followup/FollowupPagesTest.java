package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.shared.time.MutableClock;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages render for a signed-in administrator, and a problem is recorded and worked on with plain forms
 * (POST → redirect → GET). Runs through the real security filters, with the caller set directly.
 */
@IntegrationTest
class FollowupPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc browser;
    UsernamePasswordAuthenticationToken admin;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        Caller caller = new Caller(adminId, "admin", null, "管理员", true, List.of(new Grant(Role.ADMIN, null)));
        admin = new UsernamePasswordAuthenticationToken(caller, null, caller.getAuthorities());
    }

    @Test
    void everyFollowupPageRendersAndAProblemIsRecordedThroughTheForm() throws Exception {
        FollowupFixture fixture = new FollowupFixture(Api.admin(port), port);
        long county = fixture.organization(null, "页面县", "COMMITTEE", "COUNTY");
        fixture.organization(county, "页面村", "BRANCH", "VILLAGE");

        for (String page : new String[]{"/problems", "/commitments", "/warnings", "/notifications", "/followup?organizationId=" + county,
                "/weak-organizations?rootId=" + county + "&preview=true", "/followup/dashboard.json?organizationId=" + county}) {
            MvcResult r = browser.perform(get(page).with(authentication(admin))).andReturn();
            assertThat(r.getResponse().getStatus()).as(page + "\n" + r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        }
        assertThat(page("/weak-organizations?rootId=" + county + "&preview=true")).contains("页面村").contains("倒排预览");

        MvcResult created = browser.perform(post("/problems").with(authentication(admin)).with(csrf())
                .param("organizationId", String.valueOf(county)).param("source", "SELF_CHECK")
                .param("description", "组织生活会质量不高").param("responsiblePerson", "赵书记").param("measures", "制定计划")
                .param("standard", "全部达标").param("dueDate", LocalDate.now(clock).plusDays(20).toString())).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/problems/\\d+");
        assertThat(page(location)).contains("组织生活会质量不高").contains("待整改");

        browser.perform(post(location + "/start").with(authentication(admin)).with(csrf())).andReturn();
        assertThat(page(location)).contains("整改中");

        // a refused rule comes back as a message, not an error page
        MvcResult refused = browser.perform(post(location + "/close").param("reason", "x").with(authentication(admin)).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(refused.getFlashMap().get("flash").toString()).contains("不能转为");

        MvcResult export = browser.perform(get("/followup/exports/problems.xlsx?organizationId=" + county).with(authentication(admin))).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/problems/{id}/close", "/api/commitments/fulfilment", "/api/weak-organizations/preview",
                "/api/warnings", "/api/exports/problems.xlsx", "/api/notifications");
    }

    private String page(String path) throws Exception {
        MvcResult r = browser.perform(get(path).with(authentication(admin))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
