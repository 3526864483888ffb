package io.shuzhi.bulletin;

import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bulletin as PDF: title, editor's note, then each report on a new page, with the Chinese font embedded. */
@Component
class BulletinPdf {

    private final String configuredFont;
    private volatile CjkGlyphs glyphs;

    BulletinPdf(@Value("${shuzhi.campaign.pdf-font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    byte[] render(Bulletin bulletin) {
        try (PdfPages pdf = new PdfPages(glyphs())) {
            pdf.paragraph(bulletin.title(), 18, 0, true, 8);
            if (bulletin.editorNote() != null && !bulletin.editorNote().isBlank()) {
                pdf.paragraph("编者按：" + bulletin.editorNote().strip(), 11, 2, false, 16);
            }
            boolean first = true;
            for (Bulletin.Entry e : bulletin.reports()) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                pdf.paragraph(e.reporter().organizationName() + "述职报告", 16, 0, true, 24);
                String secretary = e.reporter().secretaryName();
                pdf.paragraph(e.reporter().organizationName() + "书记" + (secretary == null ? "" : "  " + secretary), 12, 0, true, 4);
                section(pdf, Bulletin.HIGHLIGHTS, e.content().items(Section.HIGHLIGHTS));
                section(pdf, Bulletin.PROBLEMS, concat(e.content().items(Section.PROBLEMS), e.content().items(Section.CAUSES)));
                section(pdf, Bulletin.MEASURES, e.content().items(Section.MEASURES));
            }
            return pdf.finish(bulletin.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A simple document: a centred title and one paragraph per line (results summaries). */
    byte[] renderLines(String title, List<String> lines) {
        try (PdfPages pdf = new PdfPages(glyphs())) {
            pdf.paragraph(title, 16, 0, true, 8);
            for (String line : lines) {
                pdf.paragraph(line, 10.5f, 0, false, 4);
            }
            return pdf.finish(title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(PdfPages pdf, String heading, List<ReportItem> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        pdf.paragraph(heading, 13, 0, true, 14);
        for (ReportItem item : items) {
            pdf.paragraph(item.heading() + item.text(), 11.5f, 2, false, 4);
        }
    }

    private static List<ReportItem> concat(List<ReportItem> a, List<ReportItem> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private CjkGlyphs glyphs() {
        if (glyphs == null) {
            synchronized (this) {
                if (glyphs == null) {
                    glyphs = CjkGlyphs.load(configuredFont);
                }
            }
        }
        return glyphs;
    }
}
