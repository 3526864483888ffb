package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.analysis.commitment.Commitment;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline wording in a 2023 report's measures (plan year 2024), one commitment each. */
class DeadlineCasesTest {

    private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            年底前完成村党组织书记轮训                  | 2024-12-31
            6月底前建成党群服务中心3个                  | 2024-06-30
            三季度末前完成网格员培训                    | 2024-09-30
            2025年底前村集体经济收入达到50万元          | 2025-12-31
            年内实现流动党员线上学习全覆盖              | 2024-12-31
            每季度召开一次联席会议                      | 2024-12-31
            每半年开展一次专项检查                      | 2024-12-31
            两年内将网格员报酬提高到3000元              | 2025-12-31
            7月1日前完成党员信息采集                    | 2024-07-01
            2024年3月15日前完成换届准备                 | 2024-03-15
            明年上半年完成阵地改造                      | 2024-06-30
            第三季度前完成整改                          | 2024-09-30
            建成示范点5个                               | null
            """)
    void deadline(String clause, LocalDate expected) {
        String text = "2023年度村党支部书记抓基层党建工作述职报告\n一、主要成效\n抓班子。召开会议12次。\n二、存在问题\n学习不够，仅3次。\n"
                + "三、下一步工作打算\n1." + clause + "。\n";
        AnalyzedReport r = ANALYZER.analyze(text, AnalysisOptions.defaults()).reports().get(0);
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.commitments()).hasSize(1);
        Commitment c = r.commitments().get(0);
        assertThat(c.deadline()).as(clause).isEqualTo(expected);
    }
}
