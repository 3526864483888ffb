package io.shuzhi.analysis.document;

import java.util.List;

/**
 * The plain text of an input file and its non-blank paragraphs. For docx and HTML the text is the
 * paragraphs joined by "\n"; for plain text it is the decoded file itself (without a BOM), so offsets
 * point into what the user gave us.
 */
public record ExtractedDocument(String text, List<Paragraph> paragraphs) {

    public ExtractedDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Splits plain text into trimmed, non-blank lines. */
    public static ExtractedDocument ofPlainText(String text) {
        return new ExtractedDocument(text, Lines.paragraphsOf(text));
    }
}
