package io.shuzhi.campaign;

import io.shuzhi.support.Api;
import io.shuzhi.support.FormSession;
import io.shuzhi.support.IntegrationTest;
import io.shuzhi.workrecord.Tree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;





import java.net.http.HttpResponse;

import java.time.Clock;
import java.time.LocalDate;

import java.util.List;
import java.util.Map;




import static org.assertj.core.api.Assertions.assertThat;

/** The editor offers the year's work-record sentences beside the highlights; inserting one keeps it linked. */
@IntegrationTest
class HighlightSuggestionsTest {


    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    FormSession session;

    @BeforeEach
    void openSession() {
        session = new FormSession(port);
    }

    @Test
    void theEditorOffersTheVisitSentenceAndInsertingItAddsTheItemAndStoresTheLink() throws Exception {
        Api admin = Api.admin(port);
        Tree tree = new Tree(admin);
        LocalDate today = LocalDate.now(clock);
        long city = tree.org(null, "素材市委", "COMMITTEE", "CITY");
        long county = tree.county(city, "素材县");
        long village = tree.village(tree.township(county, "素材镇"), "素材村");
        String username = Api.unique("hlsec");
        tree.secretary(username, "素材书记", county);
        Api secretary = Api.login(port, username, "secretary-pass-1");
        for (int i = 0; i < 2; i++) {
            Api.Response v = secretary.post("/api/field-visits", Map.of("date", today.toString(), "organizationIds", List.of(village),
                    "purpose", "RESEARCH"));
            assertThat(v.status()).as(v.text()).isEqualTo(201);
        }
        Api.Response c = admin.post("/api/campaigns", Map.of("hostOrganizationId", city, "year", today.getYear(),
                "title", "素材述职", "reporterOrganizationIds", List.of(county)));
        assertThat(c.status()).as(c.text()).isEqualTo(201);
        long reportId = admin.get("/api/campaigns/" + c.json().get("id").asLong() + "/reports").json().get(0).get("id").asLong();
        String sentence = "先后2次到1个村调研。";

        post("/login", "username=" + username + "&password=secretary-pass-1", "/login");
        HttpResponse<String> editor = get("/reports/" + reportId);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains(sentence).contains("数据来源").contains("/api/field-visits/");

        HttpResponse<String> inserted = post("/reports/" + reportId + "/suggestions/0/insert", "", "/reports/" + reportId);
        assertThat(inserted.statusCode()).isEqualTo(302);

        Api.Response report = secretary.get("/api/reports/" + reportId);
        assertThat(report.text()).contains(sentence);
        int version = report.json().get("version").asInt();
        List<String> links = jdbc.sql("SELECT record_type || ':' || version FROM report_figure_link WHERE report_id = :r")
                .param("r", reportId).query(String.class).list();
        assertThat(links).hasSize(2).containsOnly("FieldVisit:" + version);
    }

    HttpResponse<String> get(String path) throws Exception {
        return session.get(path);
    }

    HttpResponse<String> post(String path, String form, String csrfFrom) throws Exception {
        return session.post(path, form, csrfFrom);
    }
}
