package io.shuzhi.bulletin;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal A4 text layout for Chinese: paragraphs broken at any character, except that closing punctuation never
 * starts a line (避头) and opening punctuation never ends one (避尾); first-line indent of two characters.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN_X = 72;
    private static final float MARGIN_TOP = 72;
    private static final float MARGIN_BOTTOM = 64;
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〉】…—,.;:?!)";
    private static final String NO_LINE_END = "（《「『“‘〈【(";

    private final PDDocument document = new PDDocument();
    private final Type3Fonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<StringBuilder> contents = new ArrayList<>();
    private final PDRectangle size = PDRectangle.A4;
    private float y;

    PdfPages(CjkGlyphs glyphs) {
        this.fonts = new Type3Fonts(document, glyphs);
        newPage();
    }

    void newPage() {
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        contents.add(new StringBuilder());
        y = size.getHeight() - MARGIN_TOP;
    }

    /** A paragraph: {@code indent} in characters on the first line, centred when asked. */
    void paragraph(String text, float fontSize, float indent, boolean centred, float spaceBefore) throws IOException {
        float width = size.getWidth() - 2 * MARGIN_X;
        float leading = fontSize * 1.75f;
        y -= spaceBefore;
        List<String> lines = breakLines(text.strip(), fontSize, width, indent * fontSize);
        for (int i = 0; i < lines.size(); i++) {
            if (y - leading < MARGIN_BOTTOM) {
                newPage();
            }
            y -= leading;
            float lineWidth = width(lines.get(i), fontSize);
            float x = MARGIN_X + (centred ? (width - lineWidth) / 2 : (i == 0 ? indent * fontSize : 0));
            writeLine(lines.get(i), fontSize, x, y);
        }
    }

    private List<String> breakLines(String text, float fontSize, float width, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String ch = new String(Character.toChars(cps[i]));
            float w = fonts.width(cps[i]) * fontSize / 1000;
            boolean overflow = used + w > width && line.length() > 0;
            if (overflow && !NO_LINE_START.contains(ch)) {
                // keep an opening bracket with what follows it
                String carry = "";
                if (line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                    carry = line.substring(line.length() - 1);
                    line.setLength(line.length() - 1);
                }
                lines.add(line.toString());
                line = new StringBuilder(carry);
                used = width(carry, fontSize);
            }
            line.append(ch);
            used += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String s, float fontSize) throws IOException {
        float w = 0;
        for (int cp : s.codePoints().toArray()) {
            w += fonts.width(cp) * fontSize / 1000;
        }
        return w;
    }

    private void writeLine(String line, float fontSize, float x, float baseline) {
        StringBuilder c = contents.get(contents.size() - 1);
        c.append("BT\n").append(String.format(Locale.ROOT, "%.2f %.2f Td%n", x, baseline));
        int currentFont = -1;
        StringBuilder run = new StringBuilder();
        for (int cp : line.codePoints().toArray()) {
            int[] code = fonts.encode(cp);
            if (code[0] != currentFont) {
                flush(c, run);
                c.append('/').append(fonts.resourceName(code[0]).getName()).append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", fontSize)).append(" Tf\n");
                currentFont = code[0];
            }
            run.append(String.format(Locale.ROOT, "%02X", code[1]));
        }
        flush(c, run);
        c.append("ET\n");
    }

    private static void flush(StringBuilder c, StringBuilder run) {
        if (run.length() > 0) {
            c.append('<').append(run).append("> Tj\n");
            run.setLength(0);
        }
    }

    byte[] finish(String title) throws IOException {
        fonts.finish();
        PDResources resources = new PDResources();
        fonts.addTo(resources);
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            page.setResources(resources);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(contents.get(i).toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
        }
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Shuzhi 述职");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
