package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.section.Section;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd inputs never throw and never produce offsets outside the text or quotes that differ from it. */
class RobustnessTest {

    private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create();

    @Test
    void emptyAndBlankInputsHaveNoReports() {
        assertThat(ANALYZER.analyze("", AnalysisOptions.defaults()).reports()).isEmpty();
        assertThat(ANALYZER.analyze(" \n\u3000\n\r\n", AnalysisOptions.defaults()).reports()).isEmpty();
        assertThat(ANALYZER.analyze(new byte[0], "empty.docx.txt", AnalysisOptions.defaults()).reports()).isEmpty();
        assertThat(AnalysisJson.write(ANALYZER.analyze("", AnalysisOptions.defaults()))).isEqualTo("{\"file\":null,\"reports\":[]}");
    }

    @Test
    void shuffledAndTruncatedSeedLinesAreHandled() {
        String seed = new String(Seeds.bytes(Seeds.COMPILATION), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n")));
        Random random = new Random(20141229L); // fixed: the test is reproducible
        for (int round = 0; round < 60; round++) {
            Collections.shuffle(lines, random);
            StringBuilder sb = new StringBuilder();
            for (String line : lines.subList(0, random.nextInt(lines.size()))) {
                int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                sb.append(random.nextBoolean() ? line : line.substring(0, cut)).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            assertConsistent(sb.toString());
        }
    }

    @Test
    void punctuationSoupIsHandled() {
        assertConsistent("一、\n（一）\n1.\n一是\n。。。\n中共书记 \n\"\"\"“”\n下步工作思路和措施\n每年\n明年9月底前\n第一，\n");
    }

    private static void assertConsistent(String text) {
        AnalysisResult result = ANALYZER.analyze(text, AnalysisOptions.defaults());
        int length = text.codePointCount(0, text.length());
        for (AnalyzedReport r : result.reports()) {
            assertThat(r.start()).isBetween(0, r.end());
            assertThat(r.end()).isLessThanOrEqualTo(length);
            for (Section s : r.sections()) {
                assertThat(s.start()).isBetween(r.start(), s.end());
                assertThat(s.end()).isLessThanOrEqualTo(r.end());
            }
            for (Commitment c : r.commitments()) {
                assertThat(SeedGoldTest.slice(text, c.start(), c.end())).isEqualTo(c.text());
            }
            for (Finding f : r.findings()) {
                assertThat(SeedGoldTest.slice(text, f.start(), f.end())).isEqualTo(f.text());
            }
        }
        assertThat(AnalysisJson.write(result)).startsWith("{");
    }
}
