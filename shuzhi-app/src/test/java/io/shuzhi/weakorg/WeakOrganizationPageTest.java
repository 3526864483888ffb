package io.shuzhi.weakorg;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A weak organization's page lists the problems of its consolidation plan, each with its status. */
@IntegrationTest
class WeakOrganizationPageTest {

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
    void theOrganizationsPageShowsItsPlanProblemsWithTheirStatus() throws Exception {
        Api api = Api.admin(port);
        long county = WeakOrganizationSectorQuotaTest.organization(api, null, "方案县", "COMMITTEE", "COUNTY", null);
        long village = WeakOrganizationSectorQuotaTest.organization(api, county, "方案村", "BRANCH", "VILLAGE", null);
        int year = LocalDate.now(clock).getYear();
        Api.Response designated = api.post("/api/weak-organizations", Map.of("organizationId", village, "year", year, "reason", "书记空缺超过三个月"));
        assertThat(designated.status()).as(designated.text()).isEqualTo(201);
        long weakId = designated.json().get("id").asLong();
        Api.Response problem = api.post("/api/problems", Map.of("organizationId", village, "source", "INSPECTION",
                "description", "村两委班子不团结", "responsiblePerson", "李书记", "measures", "调整班子", "standard", "通过验收",
                "dueDate", LocalDate.now(clock).plusDays(60).toString()));
        assertThat(problem.status()).as(problem.text()).isEqualTo(201);
        long problemId = problem.json().get("id").asLong();
        String number = problem.json().get("number").asString();

        assertThat(page("/weak-organizations/" + weakId)).contains("方案村").contains("书记空缺超过三个月").contains("已销号 0 / 共 0 项");

        MvcResult added = browser.perform(post("/weak-organizations/" + weakId + "/plan").with(authentication(admin)).with(csrf())
                .param("problemId", String.valueOf(problemId))).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/weak-organizations/" + weakId);
        assertThat(page("/weak-organizations/" + weakId)).contains(number).contains("村两委班子不团结").contains("待整改")
                .contains("已销号 0 / 共 1 项");
        assertThat(page("/weak-organizations")).contains("/weak-organizations/" + weakId);
    }

    private String page(String path) throws Exception {
        MvcResult r = browser.perform(get(path).with(authentication(admin))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
