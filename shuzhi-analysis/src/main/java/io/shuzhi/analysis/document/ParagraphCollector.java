package io.shuzhi.analysis.document;

import java.util.ArrayList;
import java.util.List;

/** Joins extracted paragraphs with "\n" while recording where each one lands in the joined text. */
final class ParagraphCollector {

    private final StringBuilder text = new StringBuilder();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    void add(String raw, String boldLead) {
        int s = 0;
        int e = raw.length();
        while (s < e && Lines.isBlank(raw.charAt(s))) {
            s++;
        }
        while (e > s && Lines.isBlank(raw.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return;
        }
        String trimmed = raw.substring(s, e);
        if (!paragraphs.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(trimmed);
        String lead = boldLead == null ? null : boldLead.strip();
        if (lead != null && (lead.isEmpty() || !trimmed.startsWith(lead))) {
            lead = null;
        }
        paragraphs.add(new Paragraph(trimmed, start, text.length(), lead));
    }

    ExtractedDocument build() {
        return new ExtractedDocument(text.toString(), paragraphs);
    }
}
