package io.shuzhi.review;

/**
 * One report's text and its analysis: {@code json} is the per-report object of the analysis contract exactly as
 * {@code AnalysisJson} wrote it, {@code view} the same read back; offsets are code points into {@code text}. The
 * feature works from the contract, never from the library's internal types, so the library may reshape them.
 */
record AnalysedText(String text, String json, AnalysisView view) {

    static AnalysedText of(String text, String json) {
        return new AnalysedText(text, json, AnalysisView.parse(json));
    }

    /** Characters covered by BOILERPLATE findings: the share of the report copied from others of the batch. */
    int boilerplateChars() {
        return view.findings().stream().filter(f -> f.rule().equals("BOILERPLATE")).mapToInt(f -> f.end() - f.start()).sum();
    }

    int textChars() {
        return text.codePointCount(0, text.length());
    }

    long quantifiedCommitments() {
        return view.commitments().stream().filter(AnalysisView.Commitment::quantified).count();
    }

    long datedCommitments() {
        return view.commitments().stream().filter(c -> c.deadline() != null).count();
    }
}
