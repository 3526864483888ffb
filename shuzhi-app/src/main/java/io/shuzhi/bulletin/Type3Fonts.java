package io.shuzhi.bulletin;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glyphs a document uses, embedded as Type 3 fonts of at most 256 glyphs each, with a ToUnicode map so that
 * text extraction, search and copy give back the Chinese text. {@link #encode} assigns codes while the layout runs;
 * {@link #finish} writes the fonts once every glyph is known.
 */
final class Type3Fonts {

    private final PDDocument document;
    private final CjkGlyphs glyphs;
    private final List<List<int[]>> fonts = new ArrayList<>(); // per font: {codePoint, gid}
    private final List<COSDictionary> dictionaries = new ArrayList<>();
    private final Map<Integer, int[]> byCodePoint = new HashMap<>(); // codePoint → {font, code}

    Type3Fonts(PDDocument document, CjkGlyphs glyphs) {
        this.document = document;
        this.glyphs = glyphs;
    }

    /** {font index, code} for a character; spaces and unknown characters use the font's own glyphs. */
    int[] encode(int codePoint) {
        return byCodePoint.computeIfAbsent(codePoint, cp -> {
            if (fonts.isEmpty() || fonts.get(fonts.size() - 1).size() == 256) {
                fonts.add(new ArrayList<>());
                dictionaries.add(new COSDictionary());
            }
            List<int[]> current = fonts.get(fonts.size() - 1);
            current.add(new int[]{cp, glyphs.glyph(cp)});
            return new int[]{fonts.size() - 1, current.size() - 1};
        });
    }

    float width(int codePoint) throws IOException {
        return glyphs.advance(glyphs.glyph(codePoint));
    }

    COSName resourceName(int font) {
        return COSName.getPDFName("C" + font);
    }

    void addTo(PDResources resources) {
        for (int i = 0; i < dictionaries.size(); i++) {
            resources.getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary fontsDict = resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fontsDict == null) {
                fontsDict = new COSDictionary();
                resources.getCOSObject().setItem(COSName.FONT, fontsDict);
            }
            fontsDict.setItem(resourceName(i), dictionaries.get(i));
        }
    }

    void finish() throws IOException {
        for (int f = 0; f < fonts.size(); f++) {
            List<int[]> glyphList = fonts.get(f);
            COSDictionary font = dictionaries.get(f);
            font.setName(COSName.TYPE, "Font");
            font.setName(COSName.SUBTYPE, "Type3");
            font.setItem(COSName.FONT_MATRIX, numbers(0.001f, 0, 0, 0.001f, 0, 0));
            font.setItem(COSName.FONT_BBOX, numbers(-100, -300, 1100, 1000));
            font.setInt(COSName.FIRST_CHAR, 0);
            font.setInt(COSName.LAST_CHAR, glyphList.size() - 1);
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.ZERO);
            COSArray widths = new COSArray();
            StringBuilder cmap = new StringBuilder();
            for (int code = 0; code < glyphList.size(); code++) {
                int[] g = glyphList.get(code);
                String name = "g" + code;
                differences.add(COSName.getPDFName(name));
                float width = glyphs.advance(g[1]);
                widths.add(new COSFloat(width));
                procs.setItem(name, glyphProcedure(width, glyphs.outline(g[1])));
                cmap.append(String.format(Locale.ROOT, "<%02X> <%s>%n", code, utf16Hex(g[0])));
            }
            COSDictionary encoding = new COSDictionary();
            encoding.setName(COSName.TYPE, "Encoding");
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            font.setItem(COSName.CHAR_PROCS, procs);
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.RESOURCES, new COSDictionary());
            font.setItem(COSName.TO_UNICODE, stream(toUnicode(cmap.toString(), glyphList.size())));
        }
    }

    private COSStream glyphProcedure(float width, GeneralPath path) throws IOException {
        Rectangle2D b = path.getBounds2D();
        StringBuilder sb = new StringBuilder();
        sb.append(n(width)).append(" 0 ").append(n(b.getMinX())).append(' ').append(n(b.getMinY())).append(' ')
                .append(n(b.getMaxX())).append(' ').append(n(b.getMaxY())).append(" d1\n");
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        boolean any = false;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> { sb.append(n(c[0])).append(' ').append(n(c[1])).append(" m\n"); lastX = c[0]; lastY = c[1]; }
                case PathIterator.SEG_LINETO -> { sb.append(n(c[0])).append(' ').append(n(c[1])).append(" l\n"); lastX = c[0]; lastY = c[1]; }
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic Bézier as the equivalent cubic
                    sb.append(n(lastX + 2 * (c[0] - lastX) / 3)).append(' ').append(n(lastY + 2 * (c[1] - lastY) / 3)).append(' ')
                            .append(n(c[2] + 2 * (c[0] - c[2]) / 3)).append(' ').append(n(c[3] + 2 * (c[1] - c[3]) / 3)).append(' ')
                            .append(n(c[2])).append(' ').append(n(c[3])).append(" c\n");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    sb.append(n(c[0])).append(' ').append(n(c[1])).append(' ').append(n(c[2])).append(' ').append(n(c[3])).append(' ')
                            .append(n(c[4])).append(' ').append(n(c[5])).append(" c\n");
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> sb.append("h\n");
            }
            any = true;
        }
        if (any) {
            sb.append(path.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "f*\n" : "f\n");
        }
        return stream(sb.toString());
    }

    private COSStream stream(String content) throws IOException {
        COSStream s = document.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    private static String toUnicode(String entries, int count) {
        return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                + count + " beginbfchar\n" + entries + "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    }

    private static String utf16Hex(int codePoint) {
        StringBuilder sb = new StringBuilder();
        for (char ch : Character.toChars(codePoint)) {
            sb.append(String.format(Locale.ROOT, "%04X", (int) ch));
        }
        return sb.toString();
    }

    private static COSArray numbers(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }
}
