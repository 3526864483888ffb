package io.shuzhi.search;

import java.util.Objects;

/**
 * One searchable thing as the index stores it. {@code organizationPath} is the organization's materialised path
 * ("/1/5/9/"), so scope and subtree filters are prefix matches inside the index, with no database round trip.
 */
public record SearchDocument(SearchKind kind, long id, String title, String text, Integer year, long organizationId,
                             String organizationPath) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organizationPath, "organizationPath");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** The index key: ids are only unique within a kind. */
    public String key() {
        return key(kind, id);
    }

    static String key(SearchKind kind, long id) {
        return kind.name() + ":" + id;
    }
}
