package io.shuzhi.review;

import io.shuzhi.analysis.AnalyzedReport;

/**
 * One report's text and its analysis: {@code json} is the per-report object of the analysis contract exactly as
 * {@code AnalysisJson} wrote it; offsets in it are code points into {@code text}.
 */
record AnalysedText(String text, AnalyzedReport report, String json) {

    /** Characters covered by BOILERPLATE findings: the share of the report copied from others of the batch. */
    int boilerplateChars() {
        return report.findings().stream().filter(f -> f.rule().name().equals("BOILERPLATE"))
                .mapToInt(f -> f.end() - f.start()).sum();
    }

    int textChars() {
        return text.codePointCount(0, text.length());
    }

    /** A report's own text, from the code point span the analyser gave it. */
    static String slice(String documentText, AnalyzedReport r) {
        return documentText.substring(documentText.offsetByCodePoints(0, r.start()),
                documentText.offsetByCodePoints(0, r.end()));
    }
}
