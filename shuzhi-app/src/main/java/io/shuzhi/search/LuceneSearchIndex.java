package io.shuzhi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The embedded search engine: one Lucene index in the node's data directory (or in memory for tests). Writes are
 * serialised and committed before they return, so what a user just saved is found by the next search; reads run
 * concurrently on near-real-time searchers.
 */
public final class LuceneSearchIndex implements SearchIndex, Closeable {

    /** Text stored for snippets, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer = new ReportTextAnalyzer();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final LuceneSearcher searcher;
    private final ReentrantLock writeLock = new ReentrantLock();
    private IndexWriter writer;
    private SearcherManager searchers;

    public LuceneSearchIndex(Directory directory) {
        this.directory = directory;
        this.searcher = new LuceneSearcher(analyzer, queries);
        open();
    }

    private void open() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit(); // an empty index must exist before the first searcher opens
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    @Override
    public void put(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        write(() -> {
            for (SearchDocument d : documents) {
                writer.updateDocument(new Term(LuceneQueries.KEY, d.key()), toLucene(d));
            }
        });
    }

    @Override
    public void remove(SearchKind kind, long id) {
        write(() -> writer.deleteDocuments(new Term(LuceneQueries.KEY, SearchDocument.key(kind, id))));
    }

    @Override
    public SearchResults search(SearchQuery query) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return searcher.search(s, query);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long rebuild(Consumer<Consumer<SearchDocument>> fill) {
        long[] count = {0};
        writeLock.lock();
        try {
            // deleteAll and the new documents become visible together at the commit below
            writer.deleteAll();
            fill.accept(d -> {
                try {
                    writer.addDocument(toLucene(d));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            searchers.maybeRefreshBlocking();
            return count[0];
        } catch (IOException | RuntimeException e) {
            reopenAfterFailure();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            writeLock.unlock();
        }
    }

    /** A failed rebuild must leave the last committed index in place: roll back and start over from it. */
    private void reopenAfterFailure() {
        try {
            searchers.close();
            writer.rollback();
        } catch (IOException ignored) {
            // the writer is closed by rollback either way; the last commit is intact
        }
        open();
    }

    @Override
    public long count() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(IoAction action) {
        writeLock.lock();
        try {
            action.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(LuceneQueries.KEY, d.key(), Field.Store.NO));
        doc.add(new StringField(LuceneQueries.KIND, d.kind().name(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StringField(LuceneQueries.PATH, d.organizationPath(), Field.Store.NO));
        if (d.year() != null) {
            doc.add(new IntPoint(LuceneQueries.YEAR, d.year()));
        }
        doc.add(new Field(LuceneQueries.TITLE, d.title(), TEXT_TYPE));
        doc.add(new Field(LuceneQueries.TEXT, d.text(), TEXT_TYPE));
        return doc;
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } finally {
            writeLock.unlock();
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
