package io.shuzhi.analysis.document;

/**
 * One paragraph (a line of a text file, a {@code <p>} of HTML, a paragraph of a .docx) with its
 * surrounding whitespace trimmed. {@code start}/{@code end} are UTF-16 indices into the document text,
 * end exclusive. {@code boldLead} is the bold run that opens the paragraph (docx only), or null.
 */
public record Paragraph(String text, int start, int end, String boldLead) {
}
