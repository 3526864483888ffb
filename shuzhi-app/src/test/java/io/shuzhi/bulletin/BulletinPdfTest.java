package io.shuzhi.bulletin;

import io.shuzhi.campaign.ReportContent;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.ReportStatus;
import io.shuzhi.campaign.Reporter;
import io.shuzhi.campaign.Section;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulletin PDF carries its Chinese text as embedded glyphs that extract back to the same text. */
class BulletinPdfTest {

    static final String LONG = "以基层服务型党组织建设为统领，探索了“3个1+3”党建模式。“三屏互动进农家”平台覆盖83个村8190户，"
            + "省委组织部将我县纳入远程教育“五个功能”试点县（全省推广），农村金融服务平台覆盖163个村。";

    @Test
    void chineseTextIsEmbeddedAndExtractable() throws Exception {
        Assumptions.assumeTrue(CjkGlyphs.CANDIDATES.stream().anyMatch(c -> Files.exists(Path.of(c[0]))), "fonts-noto-cjk is needed");
        Reporter reporter = new Reporter(1, 2, "中共随县县委", "陈德贵", 1, ReportStatus.ACCEPTED);
        ReportContent content = new ReportContent(Map.of(
                Section.HIGHLIGHTS, List.of(new ReportItem("创新模式探索路径。", LONG)),
                Section.PROBLEMS, List.of(new ReportItem("抓基层党建工作用力不均。", "非公企业党组织组建率只有52%。")),
                Section.MEASURES, List.of(new ReportItem("真抓严管，形成新常态。", "到村调研100个以上。"))));
        Bulletin bulletin = new Bulletin(1, "县市区党（工）委书记述职报告", "现将述职报告予以刊发。", true,
                List.of(new Bulletin.Entry(reporter, content)));

        byte[] pdf = new BulletinPdf("").render(bulletin);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/bulletin-sample.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("创新模式探索路径。" + LONG.replaceAll("\\s", ""))
                    .contains("履职工作的特色和亮点").contains("编者按：现将述职报告予以刊发。").contains("陈德贵");
            // every font is embedded: Type 3 glyph procedures, nothing left to the reader's system fonts
            doc.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(doc.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        // outlines of the ~100 glyphs used, not a 15 MB font
        assertThat(pdf.length).isLessThan(400_000);
    }
}
