package io.shuzhi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.List;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Every whitespace-separated word must occur, each as an exact
 * phrase (of bigrams) in the text or the title; a title match counts more. Filters (scope, subtree, year, kind)
 * do not score.
 */
final class LuceneQueries {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String PATH = "path";
    static final String YEAR = "year";
    static final String TITLE = "title";
    static final String TEXT = "text";
    private static final float TITLE_BOOST = 3f;

    private final QueryBuilder builder;

    LuceneQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** The scoring part alone, which the highlighter also uses; null when the text has no searchable token. */
    Query words(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : text.split("[\\s\u3000]+")) {
            Query inText = phrase(TEXT, word);
            if (inText == null) {
                continue;
            }
            Query inTitle = phrase(TITLE, word);
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(inText, Occur.SHOULD);
            if (inTitle != null) {
                either.add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD);
            }
            all.add(either.build(), Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? null : all.build();
    }

    Query build(SearchQuery query) {
        Query words = words(query.text());
        if (words == null || query.scopePaths() != null && query.scopePaths().isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (query.scopePaths() != null) {
            b.add(anyPrefix(query.scopePaths()), Occur.FILTER);
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

    /**
     * A word of one Han character has no bigram of its own: it matches the bigrams it starts (党 → 党建, 党员),
     * or itself where it stood alone between punctuation.
     */
    private Query phrase(String field, String word) {
        Query q = builder.createPhraseQuery(field, word);
        if (q instanceof TermQuery tq && word.strip().codePointCount(0, word.strip().length()) == 1
                && Character.UnicodeScript.of(word.strip().codePointAt(0)) == Character.UnicodeScript.HAN) {
            return new BooleanQuery.Builder().add(tq, Occur.SHOULD)
                    .add(new PrefixQuery(tq.getTerm()), Occur.SHOULD).build();
        }
        return q;
    }

    private static Query anyPrefix(List<String> paths) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        paths.forEach(p -> any.add(new PrefixQuery(new Term(PATH, p)), Occur.SHOULD));
        return any.build();
    }
}
