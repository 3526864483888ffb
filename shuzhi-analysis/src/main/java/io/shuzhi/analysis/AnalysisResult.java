package io.shuzhi.analysis;

import java.util.List;

/** The analysis of one input: its name, the text all offsets point into, and the reports found in it. */
public record AnalysisResult(String file, String text, List<AnalyzedReport> reports) {

    public AnalysisResult {
        reports = List.copyOf(reports);
    }
}
