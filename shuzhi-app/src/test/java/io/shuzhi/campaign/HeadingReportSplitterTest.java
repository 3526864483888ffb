package io.shuzhi.campaign;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingReportSplitterTest {

    final HeadingReportSplitter splitter = new HeadingReportSplitter();
    final ReportFileReader reader = new ReportFileReader();

    byte[] seedReport() throws Exception {
        try (var in = getClass().getResourceAsStream("/campaign/report-suixian.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void splitsAPublishedReportOnItsStandardHeadings() throws Exception {
        ReportContent c = splitter.split(reader.paragraphs("随县.txt", seedReport()));
        assertThat(c.items(Section.HIGHLIGHTS)).extracting(ReportItem::heading)
                .containsExactly("从严治党担当主责。", "创新模式探索路径。", "加大投入强化保障。", "突出重点整体提升。");
        assertThat(c.items(Section.PROBLEMS)).extracting(ReportItem::heading)
                .containsExactly("抓基层党建工作用力不均。", "破解党建难题的办法不多。", "基层组织服务功能不优。", "党内组织生活质量不高。");
        assertThat(c.items(Section.CAUSES)).hasSize(1);
        assertThat(c.items(Section.CAUSES).get(0).heading()).startsWith("深刻反思这些问题产生的原因");
        assertThat(c.items(Section.MEASURES)).isNotEmpty();
        assertThat(c.items(Section.MEASURES).get(0).heading()).isEqualTo("真抓严管,形成新常态。");
        // the title and the byline before the first heading are not report items
        assertThat(c.plainText()).doesNotContain("陈德贵");
    }

    @Test
    void readsGb18030TextAndDocx() throws Exception {
        String text = new String(seedReport(), StandardCharsets.UTF_8);
        ReportContent fromGbk = splitter.split(reader.paragraphs("a.TXT", text.getBytes(Charset.forName("GB18030"))));
        assertThat(fromGbk.items(Section.HIGHLIGHTS)).hasSize(4);

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : List.of("履职工作的特色和亮点", "创新模式探索路径。探索了党建模式。", "存在的主要问题及原因",
                    "破解党建难题的办法不多。习惯于完成规定动作。", "下一步工作打算", "强化保障，激发新活力。确保经费。")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(docx);
        }
        ReportContent fromDocx = splitter.split(reader.paragraphs("r.docx", docx.toByteArray()));
        assertThat(fromDocx.items(Section.HIGHLIGHTS)).containsExactly(new ReportItem("创新模式探索路径。", "探索了党建模式。"));
        assertThat(fromDocx.items(Section.PROBLEMS)).hasSize(1);
        assertThat(fromDocx.items(Section.MEASURES)).containsExactly(new ReportItem("强化保障，激发新活力。", "确保经费。"));
    }
}
