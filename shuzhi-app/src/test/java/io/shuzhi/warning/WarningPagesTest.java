package io.shuzhi.warning;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The warning history page, and the unread-notification badge beside the menu item. */
@IntegrationTest
class WarningPagesTest {

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
    long adminId;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        Caller caller = new Caller(adminId, "admin", null, "管理员", true, List.of(new Grant(Role.ADMIN, null)));
        admin = new UsernamePasswordAuthenticationToken(caller, null, caller.getAuthorities());
    }

    @Test
    void aSubjectsHistoryPageListsEveryChangeWithItsReason() throws Exception {
        Api api = Api.admin(port);
        var org = new HashMap<String, Object>();
        org.put("code", Api.unique("WH-"));
        org.put("name", "记录县");
        org.put("kind", "COMMITTEE");
        org.put("level", "COUNTY");
        long county = api.post("/api/organizations", org).json().get("id").asLong();
        Api.Response problem = api.post("/api/problems", Map.of("organizationId", county, "source", "INSPECTION",
                "description", "三会一课不规范", "responsiblePerson", "李书记", "measures", "建立台账", "standard", "通过检查",
                "dueDate", LocalDate.now(clock).plusDays(30).toString()));
        assertThat(problem.status()).as(problem.text()).isEqualTo(201);
        long problemId = problem.json().get("id").asLong();
        Api.Response overridden = api.post("/api/warnings/override", Map.of("subjectType", "PROBLEM", "subjectId", problemId,
                "color", "RED", "reason", "群众反映强烈"));
        assertThat(overridden.status()).as(overridden.text()).isEqualTo(200);

        String page = page("/warnings/PROBLEM/" + problemId);
        assertThat(page).contains("预警变化记录").contains("群众反映强烈").contains("红色").contains(problem.json().get("number").asString());
        assertThat(page("/warnings")).contains("/warnings/PROBLEM/" + problemId);
        assertThat(browser.perform(get("/warnings/PROBLEM/987654321").with(authentication(admin))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMenuPollsTheUnreadBadgeWhichShowsTheCount() throws Exception {
        assertThat(page("/warnings")).contains("/notifications/unread-badge");
        browser.perform(post("/notifications/read-all").with(authentication(admin)).with(csrf())).andReturn();
        assertThat(page("/notifications/unread-badge").trim()).isEmpty(); // nothing unread: no badge
        jdbc.sql("INSERT INTO notification (organization_id, kind, title, link, created_at) SELECT min(id), 'test', '测试通知', NULL, now() FROM organization")
                .update();
        String badge = page("/notifications/unread-badge");
        assertThat(badge).contains("badge").containsPattern(">\\s*1\\s*<");
        assertThat(badge).doesNotContain("<html");
    }

    private String page(String path) throws Exception {
        MvcResult r = browser.perform(get(path).with(authentication(admin))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
