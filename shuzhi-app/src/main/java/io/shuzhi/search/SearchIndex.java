package io.shuzhi.search;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * The search engine behind Shuzhi. The one implementation is the embedded {@link LuceneSearchIndex}; a cluster
 * deployment replaces the bean with one backed by OpenSearch/Elasticsearch (docs/adr/005-search-index.md). The
 * contract is deliberately small: documents carry their organization path, so any engine can filter scope itself.
 */
public interface SearchIndex {

    /** Adds or replaces documents (by kind + id) and makes them searchable before returning. */
    void put(Collection<SearchDocument> documents);

    void remove(SearchKind kind, long id);

    SearchResults search(SearchQuery query);

    /**
     * Replaces the whole index with what {@code fill} offers; searches keep seeing the old content until the
     * new one is complete. Returns the number of documents indexed.
     */
    long rebuild(Consumer<Consumer<SearchDocument>> fill);

    long count();
}
