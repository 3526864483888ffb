package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shuzhi.analysis.document.DocumentReader;
import io.shuzhi.analysis.document.ExtractedDocument;
import io.shuzhi.analysis.document.Paragraph;
import io.shuzhi.analysis.document.UnreadableDocumentException;
import io.shuzhi.analysis.section.SectionKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

    private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create();
    private static final DocumentReader READER = new DocumentReader();

    @Test
    void docxKeepsParagraphsAndBoldLeadPhrases() throws IOException {
        byte[] docx = docx(new String[][] {
            {"述职报告", null},
            {"中共某某县委书记 赵六", null},
            {"一、履职工作的特色和亮点", null},
            {"压实责任链条。", "全年召开常委会专题研究党建8次。"},
            {"夯实基层基础。", "新建村级阵地12个。"},
            {"二、存在的主要问题", null},
            {"抓党建精力不足。", "到村调研次数偏少。"},
            {"三、下步工作措施", null},
            {"抓责任。", "明年到每个乡镇调研不少于2次。"},
        });
        ExtractedDocument doc = READER.read(docx, "report.docx");
        assertThat(doc.text()).startsWith("述职报告\n中共某某县委书记 赵六\n一、履职工作的特色和亮点\n压实责任链条。全年");
        assertThat(doc.paragraphs()).extracting(Paragraph::boldLead).contains("压实责任链条。", "夯实基层基础。");
        for (Paragraph p : doc.paragraphs()) {
            assertThat(doc.text().substring(p.start(), p.end())).isEqualTo(p.text());
        }
        AnalysisResult result = ANALYZER.analyze(docx, "report.docx", AnalysisOptions.reportYear(2014));
        AnalyzedReport r = result.reports().get(0);
        assertThat(r.title()).isEqualTo("述职报告");
        assertThat(r.reporter().name()).isEqualTo("赵六");
        assertThat(VariedReportsTest.headings(r, SectionKind.HIGHLIGHTS)).containsExactly("压实责任链条", "夯实基层基础");
        assertThat(VariedReportsTest.headings(r, SectionKind.MEASURES)).containsExactly("抓责任");
        assertThat(r.commitments()).singleElement().satisfies(c -> {
            assertThat(c.deadline()).hasToString("2015-12-31");
            assertThat(SeedGoldTest.slice(result.text(), c.start(), c.end())).isEqualTo(c.text());
        });
    }

    @Test
    void htmlDropsNavigationScriptsAndFooter() {
        String html = """
                <!DOCTYPE html><html><head><title>述职</title><style>p{color:red}</style><script>var x = "中共假县委书记 假人";</script></head>
                <body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
                <header>随州新闻网</header>
                <div class="content">
                <p>党建工作真抓严管</p>
                <p>中共随县县委书记 陈德贵</p>
                <p>履职工作的特色和亮点</p>
                <p><strong>从严治党担当主责。</strong>我主持召开12次常委会。</p>
                <p>存在的主要问题及原因</p>
                <p>用力不均。抓机关党建用力相对少一些。</p>
                <p>下步工作思路和措施</p>
                <p>真抓严管。我将在2015年到每个乡镇督办党建工作不少于2次。</p>
                </div>
                <footer>版权所有 © 楚北网</footer></body></html>
                """;
        AnalysisResult result = ANALYZER.analyze(html.getBytes(StandardCharsets.UTF_8), "page.html", AnalysisOptions.defaults());
        assertThat(result.text()).doesNotContain("首页", "版权所有", "color", "假人", "随州新闻网");
        AnalyzedReport r = result.reports().get(0);
        assertThat(r.reporter().name()).isEqualTo("陈德贵");
        assertThat(r.title()).isEqualTo("党建工作真抓严管");
        assertThat(VariedReportsTest.headings(r, SectionKind.HIGHLIGHTS)).containsExactly("从严治党担当主责");
        assertThat(r.year()).isEqualTo(2014);
    }

    @Test
    void gbkHtmlIsDetectedByMagicRatherThanExtension() {
        String html = "<html><body><p>中共某县委书记 王五</p><p>存在的问题</p><p>学习不够。</p></body></html>";
        AnalysisResult result = ANALYZER.analyze(html.getBytes(Charset.forName("GBK")), "upload.bin", AnalysisOptions.defaults());
        assertThat(result.reports().get(0).reporter().name()).isEqualTo("王五");
    }

    @Test
    void corruptDocxIsAClearError() {
        assertThatThrownBy(() -> READER.read("not a zip".getBytes(StandardCharsets.UTF_8), "x.docx"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining(".docx");
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> READER.read(brokenZip, "y.docx")).isInstanceOf(UnreadableDocumentException.class);
    }

    /** Each row: {bold lead or whole paragraph, rest or null}. */
    static byte[] docx(String[][] rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String[] row : rows) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun lead = p.createRun();
                lead.setText(row[0]);
                if (row[1] != null) {
                    lead.setBold(true);
                    XWPFRun rest = p.createRun();
                    rest.setText(row[1]);
                }
            }
            doc.createParagraph(); // an empty paragraph is skipped
            doc.write(out);
            return out.toByteArray();
        }
    }
}
