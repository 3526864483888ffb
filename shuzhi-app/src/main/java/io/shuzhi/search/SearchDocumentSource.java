package io.shuzhi.search;

import java.util.function.Consumer;

/**
 * A feature that owns searchable documents offers all of them for a rebuild of the index. Implementations stream
 * from their own tables, so a rebuild never holds the whole corpus in memory.
 */
public interface SearchDocumentSource {

    void offerAll(Consumer<SearchDocument> sink);
}
