package io.shuzhi.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.search.LuceneSearchIndex;
import io.shuzhi.search.SearchDocument;
import io.shuzhi.search.SearchKind;
import io.shuzhi.search.SearchQuery;
import io.shuzhi.search.SearchResults;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The baseline must search what the app searches: same hits, same order, same totals, on a small on-disk index. */
class BaselineSearchTest {

    private static final String FILLER = "各级党组织认真落实工作要求推动基层治理能力不断提升群众满意度明显提高";

    @TempDir
    Path dir;

    /** 400 documents of filler with the benchmark's words sprinkled in, over the benchmark's tree, years and kinds. */
    private LuceneSearchIndex buildIndex() throws IOException {
        LuceneSearchIndex index = new LuceneSearchIndex(FSDirectory.open(dir));
        SplittableRandom random = new SplittableRandom(3);
        List<SearchDocument> docs = new ArrayList<>();
        for (int id = 1; id <= 400; id++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 1 + random.nextInt(6); p++) {
                int cut = random.nextInt(FILLER.length());
                text.append(FILLER, cut, FILLER.length()).append(SearchLatency.WORDS[random.nextInt(SearchLatency.WORDS.length)])
                        .append(FILLER, 0, cut).append("。");
            }
            String title = random.nextInt(4) == 0 ? SearchLatency.WORDS[random.nextInt(SearchLatency.WORDS.length)] + "情况" : "述职报告";
            SearchKind kind = SearchKind.values()[random.nextInt(SearchKind.values().length)];
            docs.add(new SearchDocument(kind, id, title, text.toString(), 2014 + random.nextInt(11), id, SyntheticReports.path(random)));
        }
        index.rebuild(sink -> docs.forEach(sink));
        return index;
    }

    @Test
    void sameTopHitsAndTotalsAsTheAppForEveryBenchmarkWordWithAndWithoutFilters() throws IOException {
        try (LuceneSearchIndex index = buildIndex(); BaselineSearch baseline = new BaselineSearch(dir)) {
            assertThat(baseline.numDocs()).isEqualTo(400);
            int nonEmpty = 0;
            for (String words : SearchLatency.WORDS) {
                for (SearchQuery q : List.of(
                        new SearchQuery(words, null, null, null, null, 20),
                        new SearchQuery(words, null, null, null, List.of("/1/3/", "/1/7/"), 20),
                        new SearchQuery(words, 2019, null, SearchKind.REPORT, List.of("/1/"), 20),
                        new SearchQuery(words, null, "/1/5/", null, null, 5))) {
                    SearchResults app = index.search(q);
                    TopDocs base = baseline.search(q);
                    assertThat(baseline.keys(base)).as(q.toString()).isEqualTo(SearchLatency.appKeys(app));
                    assertThat(base.totalHits.value).as(q.toString()).isEqualTo(app.total());
                    for (int i = 0; i < base.scoreDocs.length; i++) {
                        assertThat(base.scoreDocs[i].score).isEqualTo(app.hits().get(i).score());
                    }
                    nonEmpty += app.hits().isEmpty() ? 0 : 1;
                }
            }
            assertThat(nonEmpty).as("queries with hits: the comparison is not vacuous").isGreaterThan(40);
        }
    }

    @Test
    void aLoneHanCharacterAndAnEmptyScopeAreTreatedAsTheAppTreatsThem() throws IOException {
        try (LuceneSearchIndex index = buildIndex(); BaselineSearch baseline = new BaselineSearch(dir)) {
            for (SearchQuery q : List.of(new SearchQuery("党", null, null, null, null, 20),
                    new SearchQuery("党 整改", null, null, null, null, 20),
                    new SearchQuery("党员", null, null, null, List.of(), 20),
                    new SearchQuery("，。", null, null, null, null, 20))) {
                SearchResults app = index.search(q);
                TopDocs base = baseline.search(q);
                assertThat(baseline.keys(base)).as(q.toString()).isEqualTo(SearchLatency.appKeys(app));
                assertThat(base.totalHits.value).as(q.toString()).isEqualTo(app.total());
            }
            assertThat(index.search(new SearchQuery("党", null, null, null, null, 20)).hits()).hasSize(20);
        }
    }

    @Test
    void theHarnessMeasuresBothOnTheSameQueriesAndFindsNoDifference() throws IOException {
        try (LuceneSearchIndex index = buildIndex(); BaselineSearch baseline = new BaselineSearch(dir)) {
            PairedLatencies.Summary s = SearchLatency.measure(index, baseline, 60);
            assertThat(s.queries()).isEqualTo(60);
            assertThat(s.app().p50()).isPositive();
            assertThat(s.baseline().p50()).isPositive();
        }
    }
}
