package io.shuzhi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs one query on one searcher: ranks, counts, and cuts highlighted snippets from the best hits only. */
final class LuceneSearcher {

    private static final int SNIPPET_LENGTH = 160;
    /**
     * Totals are exact up to here and a lower bound beyond ("1000+"): counting every match of a common word in
     * 100,000 reports would cost more than ranking, which may skip non-competitive blocks once this is reached.
     */
    static final int EXACT_TOTAL_UP_TO = 1_000;

    private final Analyzer analyzer;
    private final LuceneQueries queries;

    LuceneSearcher(Analyzer analyzer, LuceneQueries queries) {
        this.analyzer = analyzer;
        this.queries = queries;
    }

    SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query lucene = queries.build(query);
        TopDocs top = searcher.search(lucene, new TopScoreDocCollectorManager(query.limit(), null, EXACT_TOTAL_UP_TO));
        if (top.scoreDocs.length == 0) {
            return new SearchResults(top.totalHits.value, List.of());
        }
        String[] snippets = highlighter(searcher).highlight(LuceneQueries.TEXT, queries.words(query.text()), top, 2);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc, Set.of(LuceneQueries.KIND, "id", LuceneQueries.TITLE, LuceneQueries.TEXT));
            String snippet = snippets[i] != null ? snippets[i] : opening(doc.get(LuceneQueries.TEXT));
            hits.add(new SearchHit(SearchKind.valueOf(doc.get(LuceneQueries.KIND)), doc.getField("id").numericValue().longValue(),
                    doc.get(LuceneQueries.TITLE), snippet, sd.score));
        }
        return new SearchResults(top.totalHits.value, hits);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(200_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.5f))
                .build();
    }

    /** A hit that matched only in its title still shows the start of its text. */
    private static String opening(String text) {
        String t = text == null ? "" : text.strip();
        return escape(t.length() <= SNIPPET_LENGTH ? t : t.substring(0, SNIPPET_LENGTH) + "…");
    }

    /** Plain JDK escaping: this engine is also compiled into shuzhi-bench, which has no Spring. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
