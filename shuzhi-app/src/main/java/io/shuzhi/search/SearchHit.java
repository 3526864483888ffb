package io.shuzhi.search;

/** One result: {@code snippet} is HTML-escaped text with the matches in {@code <mark>}. */
public record SearchHit(SearchKind kind, long id, String title, String snippet, float score) {
}
