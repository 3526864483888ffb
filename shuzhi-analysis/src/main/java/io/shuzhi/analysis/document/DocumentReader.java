package io.shuzhi.analysis.document;

import java.util.Locale;

/**
 * Turns an uploaded file into text: .docx through POI, HTML through jsoup, anything else as plain text
 * (UTF-8 or GB18030). The format is taken from the magic bytes first, then the extension. Thread-safe.
 */
public final class DocumentReader {

    public ExtractedDocument read(byte[] content, String fileName) {
        return switch (formatOf(content, fileName)) {
            case DOCX -> DocxReader.read(content);
            case HTML -> HtmlReader.read(TextDecoder.decode(content));
            case TEXT -> ExtractedDocument.ofPlainText(TextDecoder.decode(content));
        };
    }

    enum Format { TEXT, DOCX, HTML }

    static Format formatOf(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (zip) {
            return Format.DOCX;
        }
        if (content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF && (content[2] & 0xff) == 0x11
                && (content[3] & 0xff) == 0xE0) {
            throw new UnreadableDocumentException("不支持旧版 .doc 格式，请另存为 .docx / legacy .doc is not supported, save as .docx: " + fileName, null);
        }
        if (content.length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            throw new UnreadableDocumentException("不支持 PDF，请提供 .txt/.docx/.html / PDF is not supported: " + fileName, null);
        }
        if (name.endsWith(".docx")) {
            throw new UnreadableDocumentException("不是有效的 .docx 文件 / not a valid .docx file: " + fileName, null);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(content)) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean looksLikeHtml(byte[] content) {
        int n = Math.min(content.length, 512);
        String head = new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String trimmed = head.replace("\ufeff", "").stripLeading();
        if (trimmed.startsWith("\u00ef\u00bb\u00bf")) {
            trimmed = trimmed.substring(3).stripLeading();
        }
        return trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html") || trimmed.startsWith("<?xml") && head.contains("<html");
    }
}
