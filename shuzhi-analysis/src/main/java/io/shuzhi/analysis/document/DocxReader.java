package io.shuzhi.analysis.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads .docx paragraphs (tables included, cell by cell) and the bold lead phrase that often opens a point. */
final class DocxReader {

    private DocxReader() {
    }

    static ExtractedDocument read(byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            ParagraphCollector out = new ParagraphCollector();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    addParagraph(p, out);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                addParagraph(p, out);
                            }
                        }
                    }
                }
            }
            return out.build();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("无法读取 .docx 文件 / cannot read .docx: " + e.getMessage(), e);
        }
    }

    private static void addParagraph(XWPFParagraph p, ParagraphCollector out) {
        StringBuilder bold = new StringBuilder();
        boolean leading = true;
        StringBuilder all = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            all.append(t);
            if (leading) {
                if (run.isBold()) {
                    bold.append(t);
                } else if (!t.isBlank() || bold.length() > 0) {
                    leading = false;
                }
            }
        }
        String text = all.length() > 0 ? all.toString() : p.getText();
        // A fully bold paragraph is a heading, not a lead phrase.
        String lead = leading || bold.toString().strip().equals(text.strip()) ? null : bold.toString();
        out.add(text, lead);
    }
}
