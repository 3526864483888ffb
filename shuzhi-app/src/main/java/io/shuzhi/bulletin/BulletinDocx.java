package io.shuzhi.bulletin;

import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bulletin as .docx, in the fonts Chinese offices expect (宋体 body, 黑体 headings, 2-character indent). */
@Component
class BulletinDocx {

    byte[] render(Bulletin bulletin) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, bulletin.title(), 18, true, true, false, "黑体");
            if (bulletin.editorNote() != null && !bulletin.editorNote().isBlank()) {
                XWPFParagraph p = doc.createParagraph();
                p.setFirstLineIndent(560);
                run(p, "编者按：", 12, true, "黑体");
                run(p, bulletin.editorNote().strip(), 12, false, "宋体");
            }
            for (Bulletin.Entry e : bulletin.reports()) {
                XWPFParagraph title = para(doc, e.reporter().organizationName() + "述职报告", 16, true, true, false, "黑体");
                title.setPageBreak(true);
                String secretary = e.reporter().secretaryName();
                para(doc, e.reporter().organizationName() + "书记" + (secretary == null ? "" : "  " + secretary), 12, false, true, false, "楷体");
                section(doc, Bulletin.HIGHLIGHTS, e.content().items(Section.HIGHLIGHTS));
                section(doc, Bulletin.PROBLEMS, java.util.stream.Stream.concat(e.content().items(Section.PROBLEMS).stream(),
                        e.content().items(Section.CAUSES).stream()).toList());
                section(doc, Bulletin.MEASURES, e.content().items(Section.MEASURES));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument doc, String heading, List<ReportItem> items) {
        if (items.isEmpty()) {
            return;
        }
        para(doc, heading, 14, true, true, false, "黑体");
        for (ReportItem item : items) {
            XWPFParagraph p = doc.createParagraph();
            p.setFirstLineIndent(560);
            p.setSpacingBetween(1.5);
            run(p, item.heading(), 12, true, "宋体");
            run(p, item.text(), 12, false, "宋体");
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, String text, int size, boolean bold, boolean centred, boolean pageBreak, String font) {
        XWPFParagraph p = doc.createParagraph();
        if (centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        p.setSpacingAfter(200);
        run(p, text, size, bold, font);
        if (pageBreak) {
            p.createRun().addBreak(BreakType.PAGE);
        }
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    }
}
