package io.shuzhi.analysis.split;

import io.shuzhi.analysis.document.Paragraph;
import java.util.List;

/**
 * One report found in a document: its span (UTF-16 indices), the headline and reporter when present,
 * and the paragraphs of its body (after the reporter line).
 */
public record ReportSpan(int start, int end, String title, Reporter reporter, List<Paragraph> body) {

    public ReportSpan {
        body = List.copyOf(body);
    }
}
