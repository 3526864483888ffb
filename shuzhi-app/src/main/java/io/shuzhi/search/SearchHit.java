package io.shuzhi.search;

/** One result: {@code snippet} is HTML-escaped text with the matches in {@code <mark>}. */
public record SearchHit(SearchKind kind, long id, String title, String snippet, float score) {

    /** The page a hit opens: reports and critiques open the report's reading view; others have no page of ours. */
    public String link() {
        return switch (kind) {
            case REPORT, CRITIQUE -> "/reports/" + id + "/reading";
            case PROBLEM, COMMITMENT -> null;
        };
    }
}
