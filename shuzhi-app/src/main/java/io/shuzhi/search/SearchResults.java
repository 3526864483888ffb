package io.shuzhi.search;

import java.util.List;

/** The hits of one query, best first, and how many matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {

    public static final SearchResults EMPTY = new SearchResults(0, List.of());

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
