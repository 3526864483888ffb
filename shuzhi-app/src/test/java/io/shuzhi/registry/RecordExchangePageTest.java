package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@IntegrationTest
class RecordExchangePageTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCadrePageImportsShowsRowErrorsAndExports() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Api admin = Api.admin(port);
        var county = RegistryFixtures.organization(admin, null, "XP-", "COMMITTEE", "COUNTY");
        var village = RegistryFixtures.organization(admin, county.id(), "XV-", "BRANCH", "VILLAGE");
        Caller clerk = new Caller(-1, "page-clerk", "x", "组织部", true, List.of(new Grant(Role.ORGANIZATION_DEPARTMENT, county.id())));

        String page = mvc.perform(get("/registry/records?type=cadres&organizationId=" + county.id()).with(user(clerk)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/registry/records/import").contains("/registry/records/export?type=cadres");

        String bad = "orgCode,name,gender,post,rank,servedFrom\n" + village.code() + ",页面书记,男,书记,副职,2021-01-01\n";
        var refused = mvc.perform(multipart("/registry/records/import").file(new MockMultipartFile("file", "c.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                .param("type", "cadres").param("organizationId", String.valueOf(county.id())).with(csrf()).with(user(clerk))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        ImportResult failed = (ImportResult) refused.getFlashMap().get("importResult");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.errors().get(0).row()).isEqualTo(2);

        String good = bad.replace("副职", "主职");
        var done = mvc.perform(multipart("/registry/records/import").file(new MockMultipartFile("file", "c.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                .param("type", "cadres").param("organizationId", String.valueOf(county.id())).with(csrf()).with(user(clerk))).andReturn();
        assertThat(((ImportResult) done.getFlashMap().get("importResult")).imported()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM village_cadre WHERE organization_id = :o").param("o", village.id()).query(Long.class).single()).isEqualTo(1);

        var export = mvc.perform(get("/registry/records/export?type=cadres&format=csv&organizationId=" + county.id()).with(user(clerk))).andReturn();
        assertThat(export.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("页面书记");
    }

    @Test
    void theHonoraryPostPageImportsExportsAndOffersTheTemplate() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Api admin = Api.admin(port);
        var county = RegistryFixtures.organization(admin, null, "HP-", "COMMITTEE", "COUNTY");
        var village = RegistryFixtures.organization(admin, county.id(), "HQ-", "BRANCH", "VILLAGE");
        Caller clerk = new Caller(-1, "page-clerk", "x", "组织部", true, List.of(new Grant(Role.ORGANIZATION_DEPARTMENT, county.id())));

        String dashboard = mvc.perform(get("/statistics?organizationId=" + county.id()).with(user(clerk)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("type=honorary-posts");
        String page = mvc.perform(get("/registry/records?type=honorary-posts&organizationId=" + county.id()).with(user(clerk)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/registry/records/import").contains("/registry/records/export?type=honorary-posts")
                .contains("/registry/records/template?type=honorary-posts");

        String bad = "组织编码,姓名,名誉职务,任职开始日期\n" + village.code() + ",页面乡贤,名誉村长,2024-01-01\n";
        var refused = mvc.perform(multipart("/registry/records/import").file(new MockMultipartFile("file", "h.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                .param("type", "honorary-posts").param("organizationId", String.valueOf(county.id())).with(csrf()).with(user(clerk))).andReturn();
        ImportResult failed = (ImportResult) refused.getFlashMap().get("importResult");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.errors().get(0).column()).isEqualTo("title");

        String good = bad.replace("名誉村长", "名誉书记");
        var done = mvc.perform(multipart("/registry/records/import").file(new MockMultipartFile("file", "h.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                .param("type", "honorary-posts").param("organizationId", String.valueOf(county.id())).with(csrf()).with(user(clerk))).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).contains("type=honorary-posts");
        assertThat(((ImportResult) done.getFlashMap().get("importResult")).imported()).isEqualTo(1);

        String listed = mvc.perform(get("/registry/records?type=honorary-posts&organizationId=" + county.id()).with(user(clerk)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains("页面乡贤");
        var export = mvc.perform(get("/registry/records/export?type=honorary-posts&format=csv&organizationId=" + county.id()).with(user(clerk))).andReturn();
        assertThat(export.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("页面乡贤").contains("名誉书记");
        var template = mvc.perform(get("/registry/records/template?type=honorary-posts&format=csv").with(user(clerk))).andReturn();
        assertThat(template.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("orgCode,name,title,servedFrom");
    }
}
