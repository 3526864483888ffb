package io.shuzhi.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneSearchIndexTest {

    static final String SUIXIAN = "/1/2/";
    static final String GUANGSHUI = "/1/3/";
    static final String ZENGDU = "/1/30/";

    LuceneSearchIndex index;

    @BeforeEach
    void indexTheSeed() {
        index = new LuceneSearchIndex(new ByteBuffersDirectory());
        List<String> texts = SeedCompilation.reportTexts();
        assertThat(texts).hasSize(3);
        index.put(List.of(
                new SearchDocument(SearchKind.REPORT, 1, "党建工作真抓严管 形成新常态", texts.get(0), 2014, 2, SUIXIAN),
                new SearchDocument(SearchKind.REPORT, 2, "广水市委书记述职", texts.get(1), 2014, 3, GUANGSHUI),
                new SearchDocument(SearchKind.REPORT, 3, "曾都区委书记述职", texts.get(2), 2014, 30, ZENGDU)));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    SearchResults search(String text) {
        return index.search(new SearchQuery(text, null, null, null, null, 20));
    }

    @Test
    void findsAPhraseInEveryReportThatHasIt() {
        SearchResults r = search("软弱涣散");
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>软弱涣散</mark>"));
    }

    @Test
    void aPhraseIsMatchedWholeNotAsScatteredCharacters() {
        assertThat(search("三屏互动").hits()).extracting(SearchHit::id).containsExactly(1L);
    }

    @Test
    void everyWordOfTheQueryMustOccur() {
        assertThat(search("软弱涣散 三屏互动").hits()).extracting(SearchHit::id).containsExactly(1L);
        assertThat(search("软弱涣散 不存在的说法").total()).isZero();
    }

    @Test
    void figuresAreFoundWithAndWithoutTheirUnit() {
        assertThat(search("4.89万元").hits()).extracting(SearchHit::id).containsExactly(1L);
        assertThat(search("2.3亿元").hits()).extracting(SearchHit::id).containsExactly(1L);
        assertThat(search("45.2%").hits()).extracting(SearchHit::id).containsExactly(3L);
    }

    @Test
    void scopeLimitsHitsToTheSubtreesGivenAndNotToSiblingsWithALongerId() {
        SearchResults r = index.search(new SearchQuery("软弱涣散", null, null, null, List.of(GUANGSHUI), 20));
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly(2L);
        assertThat(index.search(new SearchQuery("软弱涣散", null, null, null, List.of(), 20)).total()).isZero();
    }

    @Test
    void filtersByYearKindAndSubtree() {
        assertThat(index.search(new SearchQuery("软弱涣散", 2015, null, null, null, 20)).total()).isZero();
        assertThat(index.search(new SearchQuery("软弱涣散", 2014, ZENGDU, null, null, 20)).hits())
                .extracting(SearchHit::id).containsExactly(3L);
        assertThat(index.search(new SearchQuery("软弱涣散", null, null, SearchKind.CRITIQUE, null, 20)).total()).isZero();
    }

    @Test
    void aTitleMatchRanksFirst() {
        index.put(List.of(new SearchDocument(SearchKind.CRITIQUE, 1, "关于三屏互动的点评", "平台建设有成效。", 2014, 2, SUIXIAN)));
        List<SearchHit> hits = search("三屏互动").hits();
        assertThat(hits).extracting(SearchHit::kind).containsExactly(SearchKind.CRITIQUE, SearchKind.REPORT);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void snippetsAreEscapedHtml() {
        index.put(List.of(new SearchDocument(SearchKind.PROBLEM, 9, "问题", "<script>alert(1)</script>整改不到位", 2014, 2, SUIXIAN)));
        SearchHit hit = search("整改不到位").hits().get(0);
        assertThat(hit.snippet()).doesNotContain("<script>").contains("&lt;script&gt;").contains("<mark>整改不到位</mark>");
    }

    @Test
    void putReplacesAndRemoveDeletes() {
        index.put(List.of(new SearchDocument(SearchKind.REPORT, 1, "改写", "只谈软弱涣散", 2014, 2, SUIXIAN)));
        assertThat(search("三屏互动").total()).isZero();
        index.remove(SearchKind.REPORT, 1);
        assertThat(search("软弱涣散").hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void rebuildReplacesEverythingAndAFailedRebuildKeepsTheOldIndex() {
        long n = index.rebuild(sink -> sink.accept(new SearchDocument(SearchKind.COMMITMENT, 7, "承诺", "到村调研100个以上", 2015, 2, SUIXIAN)));
        assertThat(n).isEqualTo(1);
        assertThat(index.count()).isEqualTo(1);
        assertThat(search("调研").hits()).extracting(SearchHit::kind).containsExactly(SearchKind.COMMITMENT);

        assertThatThrownBy(() -> index.rebuild(sink -> {
            sink.accept(new SearchDocument(SearchKind.REPORT, 8, "半途", "半途而废", 2015, 2, SUIXIAN));
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(index.count()).isEqualTo(1);
        assertThat(search("调研").total()).isEqualTo(1);
        index.put(List.of(new SearchDocument(SearchKind.REPORT, 9, "之后", "仍可写入", 2015, 2, SUIXIAN)));
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void aSingleCharacterFindsTheWordsItBegins() {
        assertThat(search("屏").hits()).extracting(SearchHit::id).contains(1L);
    }
}
