package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed compilation against our hand-checked annotation in gold/000_11e4e87ea8b66152.analysis.json.
 * Run with -Dgold.write=true to rewrite the file from the current output (then review the diff by hand).
 */
class SeedGoldTest {

    private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create();
    private static final String GOLD = "gold/000_11e4e87ea8b66152.analysis.json";

    private final AnalysisResult result = ANALYZER.analyze(Seeds.bytes(Seeds.COMPILATION), Seeds.COMPILATION,
            AnalysisOptions.defaults());

    @Test
    void seedMatchesTheAnnotatedGoldExactly() throws IOException {
        JsonNode actual = GoldProjection.of(result);
        if (Boolean.getBoolean("gold.write")) {
            Path out = Path.of("src/test/resources", GOLD);
            Files.writeString(out, GoldProjection.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLD)) {
            assertThat(in).as(GOLD).isNotNull();
            JsonNode gold = GoldProjection.MAPPER.readTree(in);
            assertThat(GoldProjection.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                    .isEqualTo(GoldProjection.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(gold));
        }
    }

    @Test
    void everyQuotedTextIsTheSubstringAtItsCodePointOffsets() {
        String text = result.text();
        for (AnalyzedReport r : result.reports()) {
            for (Section s : r.sections()) {
                assertThat(slice(text, s.start(), s.end())).startsWith(s.heading());
                for (SectionItem i : s.items()) {
                    assertThat(slice(text, i.start(), i.end())).contains(i.heading());
                    assertThat(i.start()).isGreaterThanOrEqualTo(s.start());
                    assertThat(i.end()).isLessThanOrEqualTo(s.end());
                }
            }
            for (Commitment c : r.commitments()) {
                assertThat(slice(text, c.start(), c.end())).isEqualTo(c.text());
            }
            for (Finding f : r.findings()) {
                assertThat(slice(text, f.start(), f.end())).isEqualTo(f.text());
            }
            r.quantities().forEach(q -> assertThat(slice(text, q.start(), q.end())).isEqualTo(q.text()));
        }
    }

    @Test
    void editorsNoteAndFooterBelongToNoReport() {
        String text = result.text();
        assertThat(result.reports()).hasSize(3);
        AnalyzedReport first = result.reports().get(0);
        AnalyzedReport last = result.reports().get(2);
        assertThat(slice(text, 0, first.start())).contains("编者按");
        assertThat(slice(text, first.start(), first.end())).startsWith("党建工作真抓严管 形成新常态").doesNotContain("编者按");
        assertThat(slice(text, last.start(), last.end())).endsWith("服务水平进一步提高。").doesNotContain("责任编辑");
    }

    @Test
    void theSeedAsAWebPageOrDocxGivesTheSameAnnotation() throws IOException {
        String text = result.text();
        StringBuilder html = new StringBuilder("<html><head><script>var a=1;</script></head><body><nav>首页 | 新闻</nav><div id=\"article\">");
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
                rows.add(new String[] {line.strip(), null});
            }
        }
        html.append("</div><footer>版权所有</footer></body></html>");
        AnalysisResult fromHtml = ANALYZER.analyze(html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "seed.html",
                AnalysisOptions.defaults());
        AnalysisResult fromDocx = ANALYZER.analyze(DocumentFormatsTest.docx(rows.toArray(String[][]::new)), "seed.docx",
                AnalysisOptions.defaults());
        String expected = GoldProjection.MAPPER.writeValueAsString(GoldProjection.of(result));
        assertThat(GoldProjection.MAPPER.writeValueAsString(GoldProjection.of(fromHtml))).isEqualTo(expected);
        assertThat(GoldProjection.MAPPER.writeValueAsString(GoldProjection.of(fromDocx))).isEqualTo(expected);
    }

    @Test
    void theReflectionOnCausesLiesInsideTheProblemsPart() {
        for (AnalyzedReport r : result.reports()) {
            Section problems = r.sections().stream().filter(s -> s.kind() == io.shuzhi.analysis.section.SectionKind.PROBLEMS).findFirst().orElseThrow();
            Section causes = r.sections().stream().filter(s -> s.kind() == io.shuzhi.analysis.section.SectionKind.CAUSES).findFirst().orElseThrow();
            assertThat(causes.start()).isGreaterThan(problems.start());
            assertThat(causes.end()).isEqualTo(problems.end());
            assertThat(problems.items().get(problems.items().size() - 1).end()).isLessThanOrEqualTo(causes.start());
        }
    }

    static String slice(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        int e = text.offsetByCodePoints(0, cpEnd);
        return text.substring(s, e);
    }
}
