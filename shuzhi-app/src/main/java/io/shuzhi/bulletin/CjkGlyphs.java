package io.shuzhi.bulletin;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.awt.geom.GeneralPath;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Glyph outlines and widths of a Chinese font. Debian's fonts-noto-cjk ships OpenType collections with CFF
 * outlines, which PDFBox cannot embed as a font program; so the bulletin PDF embeds the outlines of the glyphs it
 * uses (as Type 3 fonts, see {@link Type3Fonts}) — small files, real vector text, extractable through ToUnicode.
 * Works the same with a TrueType (glyf) font.
 */
final class CjkGlyphs {

    /** Where fonts-noto-cjk puts them; serif first, as printed bulletins use a Song-style face. */
    static final List<String[]> CANDIDATES = List.of(
            new String[]{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular"},
            new String[]{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"},
            new String[]{"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", null});

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final CFFFont cff;
    private final float scale;

    private CjkGlyphs(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.cff = font instanceof OpenTypeFont otf && otf.isPostScript() ? otf.getCFF().getFont() : null;
        this.scale = 1000f / font.getUnitsPerEm();
    }

    /** The configured font file, else the first candidate present; a clear error when none is installed. */
    static CjkGlyphs load(String configured) {
        List<String[]> tried = configured == null || configured.isBlank() ? CANDIDATES
                : java.util.stream.Stream.concat(java.util.stream.Stream.<String[]>of(new String[]{configured, null}), CANDIDATES.stream()).toList();
        for (String[] c : tried) {
            File file = new File(c[0]);
            if (file.isFile()) {
                try {
                    return new CjkGlyphs(open(file, c[1]));
                } catch (IOException | RuntimeException e) {
                    // try the next candidate
                }
            }
        }
        throw new IllegalStateException("未找到可用的中文字体，无法生成 PDF。请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk），"
                + "或用 shuzhi.campaign.pdf-font 指定字体文件 / No Chinese font found: install fonts-noto-cjk or set shuzhi.campaign.pdf-font");
    }

    private static TrueTypeFont open(File file, String name) throws IOException {
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] found = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (found[0] == null && (name == null || name.equals(f.getName()))) {
                    found[0] = f;
                }
            });
            if (found[0] == null) {
                throw new IOException("font " + name + " not in " + file);
            }
            return found[0];
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    }

    /** The glyph id for a character, 0 (.notdef) when the font lacks it. */
    synchronized int glyph(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    /** Advance width in 1/1000 em. */
    synchronized float advance(int gid) throws IOException {
        return font.getAdvanceWidth(gid) * scale;
    }

    /** The outline in 1/1000 em, y up. */
    synchronized GeneralPath outline(int gid) throws IOException {
        GeneralPath path;
        if (cff != null) {
            int selector = cff instanceof CFFCIDFont cid ? cid.getCharset().getCIDForGID(gid) : gid;
            path = cff instanceof CFFCIDFont cid ? cid.getType2CharString(selector).getPath() : cff.getType2CharString(gid).getPath();
        } else {
            GlyphData data = font.getGlyph().getGlyph(gid);
            path = data == null ? new GeneralPath() : data.getPath();
        }
        if (scale != 1f) {
            path.transform(java.awt.geom.AffineTransform.getScaleInstance(scale, scale));
        }
        return path;
    }
}
