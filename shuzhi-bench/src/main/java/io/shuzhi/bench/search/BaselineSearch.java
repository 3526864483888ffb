package io.shuzhi.bench.search;

import io.shuzhi.search.ReportTextAnalyzer;
import io.shuzhi.search.SearchQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The floor under the app's search: the least Lucene work that answers the same question over the same on-disk
 * index. It opens the last commit read-only ({@link DirectoryReader}, a plain {@link IndexSearcher} as the app's
 * {@code SearcherManager} makes), builds the same query with {@link QueryBuilder} and {@link ReportTextAnalyzer}
 * (every word an exact phrase of bigrams in the text, or in the title boosted 3×; scope, subtree, year and kind as
 * non-scoring filters) and collects the top {@code limit} with totals exact up to the same 1,000. No highlighting,
 * no stored fields, no result objects: what the app adds on top of this (snippets, loading kind/id/title/text,
 * searcher acquire/release) is what the ratio app/baseline measures.
 *
 * <p>The query is written here independently of the app's {@code LuceneQueries} (package-private in
 * {@code io.shuzhi.search}), from the same field names and rules; {@code BaselineSearchTest} checks that both
 * return the same hits, and {@link SearchLatency} compares totals on every measured query.
 */
final class BaselineSearch implements Closeable {

    // the field names of LuceneSearchIndex.toLucene / LuceneQueries
    static final String KIND = "kind";
    static final String ID = "id";
    static final String PATH = "path";
    static final String YEAR = "year";
    static final String TITLE = "title";
    static final String TEXT = "text";
    private static final float TITLE_BOOST = 3f;
    /** LuceneSearcher.EXACT_TOTAL_UP_TO, also IndexSearcher's default for search(query, n). */
    static final int EXACT_TOTAL_UP_TO = 1_000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new ReportTextAnalyzer();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    BaselineSearch(Path indexDir) {
        try {
            directory = FSDirectory.open(indexDir);
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + indexDir, e);
        }
        searcher = new IndexSearcher(reader);
    }

    /** The top {@code query.limit()} hits, ranked: Lucene doc ids and scores only. */
    TopDocs search(SearchQuery query) {
        try {
            return searcher.search(query(query), new TopScoreDocCollectorManager(query.limit(), null, EXACT_TOTAL_UP_TO));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query query(SearchQuery query) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : query.text().split("[\\s\u3000]+")) {
            Query inText = phrase(TEXT, word);
            if (inText == null) {
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(inText, Occur.SHOULD);
            Query inTitle = phrase(TITLE, word);
            if (inTitle != null) {
                either.add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD);
            }
            words.add(either.build(), Occur.MUST);
            clauses++;
        }
        if (clauses == 0 || query.scopePaths() != null && query.scopePaths().isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        if (query.scopePaths() != null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            query.scopePaths().forEach(p -> any.add(new PrefixQuery(new Term(PATH, p)), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        }
        if (query.subtreePath() != null) {
            b.add(new PrefixQuery(new Term(PATH, query.subtreePath())), Occur.FILTER);
        }
        if (query.year() != null) {
            b.add(IntPoint.newExactQuery(YEAR, query.year()), Occur.FILTER);
        }
        if (query.kind() != null) {
            b.add(new TermQuery(new Term(KIND, query.kind().name())), Occur.FILTER);
        }
        return b.build();
    }

    /** As the app: a lone Han character also matches the bigrams it starts. */
    private Query phrase(String field, String word) {
        Query q = builder.createPhraseQuery(field, word);
        String w = word.strip();
        if (q instanceof TermQuery tq && w.codePointCount(0, w.length()) == 1
                && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return new BooleanQuery.Builder().add(tq, Occur.SHOULD).add(new PrefixQuery(tq.getTerm()), Occur.SHOULD).build();
        }
        return q;
    }

    /**
     * The hits as the app names them ("REPORT:17"), for checking only: loads stored fields, so never inside a timed
     * region.
     */
    List<String> keys(TopDocs top) {
        try {
            StoredFields stored = searcher.storedFields();
            List<String> keys = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc, Set.of(KIND, ID));
                keys.add(doc.get(KIND) + ":" + doc.getField(ID).numericValue().longValue());
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int numDocs() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        try (directory; reader) {
            // closes both
        }
    }
}
