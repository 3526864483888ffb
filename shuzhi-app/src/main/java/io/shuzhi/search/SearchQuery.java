package io.shuzhi.search;

import java.util.List;

/**
 * A query as the index sees it: the words, optional filters, and the subtree paths the caller may read
 * ({@code scopePaths} null means everything; empty means nothing).
 */
public record SearchQuery(String text, Integer year, String subtreePath, SearchKind kind, List<String> scopePaths,
                          int limit) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        scopePaths = scopePaths == null ? null : List.copyOf(scopePaths);
        limit = Math.max(1, Math.min(limit, 100));
    }
}
