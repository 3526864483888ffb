package io.shuzhi.followup;

import io.shuzhi.campaign.CampaignFixtures;
import io.shuzhi.campaign.PriorYearContext;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up connected to the campaign: critique points and report problems become problems; the editor sees last year. */
@IntegrationTest
class ProblemsFromCampaignTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PriorYearContext priorYear;

    @Autowired
    Clock clock;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void critiquePointsFlaggedAsProblemsBecomeProblemsOnceAndShowNextYear() {
        Api admin = Api.admin(port);
        CampaignFixtures.Draft draft = CampaignFixtures.draftReport(admin, 2025);
        String critique = "/api/reports/" + draft.reportId() + "/critique";
        Map<String, Object> points = Map.of("points", List.of(
                Map.of("text", "软弱涣散村整顿进度偏慢", "rectify", true),
                Map.of("text", "述职报告数据翔实", "rectify", false)));

        assertThat(admin.put(critique, points).status()).isEqualTo(200);
        assertThat(admin.put(critique, points).status()).isEqualTo(200); // saved again: no duplicate
        assertThat(admin.put(critique, Map.of("points", List.of(Map.of("text", "软弱涣散村整顿进度偏慢", "rectify", true),
                Map.of("text", "党员教育管理不够严格", "rectify", true)))).status()).isEqualTo(200);

        assertThat(descriptions("CRITIQUE", "critique:" + draft.reportId()))
                .containsExactly("软弱涣散村整顿进度偏慢", "党员教育管理不够严格");

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        int year = LocalDate.now(clock).getYear();
        assertThat(priorYear.entriesFor(draft.organizationId(), year))
                .contains(new PriorYearContext.Entry("问题", "软弱涣散村整顿进度偏慢", "待整改"));
    }

    @Test
    void theReportsProblemsSectionIsLiftedIntoProblemsInOneAction() {
        Api admin = Api.admin(port);
        CampaignFixtures.Draft draft = CampaignFixtures.draftReport(admin, 2025);
        assertThat(admin.put("/api/reports/" + draft.reportId(), CampaignFixtures.sections(3)).status()).isEqualTo(200);

        Api.Response raised = admin.post("/api/reports/" + draft.reportId() + "/problems/raise", "");
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        assertThat(raised.json().size()).isEqualTo(1);
        long id = raised.json().get(0).asLong();
        assertThat(admin.get("/api/problems/" + id).json().get("description").asString())
                .isEqualTo("抓基层党建工作用力不均。非公企业党组织组建率只有53%。");
        assertThat(descriptions("REPORT", "report:" + draft.reportId())).hasSize(1);

        // a second click creates nothing new
        assertThat(admin.post("/api/reports/" + draft.reportId() + "/problems/raise", "").json().size()).isZero();
    }

    private List<String> descriptions(String source, String ref) {
        return jdbc.sql("SELECT description FROM problem WHERE source = :s AND source_ref = :r ORDER BY id")
                .param("s", source).param("r", ref).query(String.class).list();
    }
}
