package io.shuzhi.campaign;

import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An uploaded report is split by the analysis library (the {@code @Primary} splitter), not the heading fallback. */
@IntegrationTest
public class ReportUploadTest {

    @LocalServerPort
    int port;

    public static byte[] seedReport() throws Exception {
        try (var in = ReportUploadTest.class.getResourceAsStream("/campaign/report-suixian.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void uploadedSeedReportIsSplitByTheAnalyser() throws Exception {
        Api admin = Api.admin(port);
        long report = CampaignFixtures.draftReport(admin, 2025).reportId();

        Api.Response r = admin.upload("/api/reports/" + report + "/upload", "随县.txt", seedReport());

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode highlights = r.json().get("HIGHLIGHTS");
        assertThat(highlights.valueStream().map(i -> i.get("heading").asString()).toList())
                .containsExactly("从严治党担当主责。", "创新模式探索路径。", "加大投入强化保障。", "突出重点整体提升。");
        assertThat(highlights.get(0).get("text").asString()).startsWith("我主持召开12次常委会");
        assertThat(r.json().get("CAUSES").size()).isPositive();
        assertThat(r.json().get("PROBLEMS").size()).isPositive();
        assertThat(r.json().get("MEASURES").size()).isPositive();
    }

    @Test
    void splitterFallsBackToHeadingsWhenTheAnalyserFindsNoSections() {
        var splitter = new AnalysisReportSplitter(io.shuzhi.analysis.ReportAnalyzer.create(), new HeadingReportSplitter());
        assertThat(splitter.split(List.of("没有任何标题的一段话。")).isEmpty()).isTrue();
        assertThat(AnalysisReportSplitter.item("从严治党担当主责。我主持召开会议。", "从严治党担当主责"))
                .isEqualTo(new ReportItem("从严治党担当主责。", "我主持召开会议。"));
    }
}
