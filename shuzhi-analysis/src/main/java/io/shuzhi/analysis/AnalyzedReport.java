package io.shuzhi.analysis;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.split.Reporter;
import java.util.List;

/**
 * One duty report of an input, with everything found in it. Offsets are code point offsets into the
 * document text ({@link AnalysisResult#text()}), end exclusive. {@code year} is the year reported on (the
 * measures plan year + 1), null when unknown; {@code title} is null when the report has no headline;
 * the reporter's fields are null when there is no byline.
 */
public record AnalyzedReport(String title, Reporter reporter, Integer year, int start, int end,
                             List<Section> sections, List<Quantity> quantities, List<Commitment> commitments,
                             List<Finding> findings) {

    public AnalyzedReport {
        sections = List.copyOf(sections);
        quantities = List.copyOf(quantities);
        commitments = List.copyOf(commitments);
        findings = List.copyOf(findings);
    }
}
