package io.shuzhi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextAnalyzerTest {

    private final Analyzer analyzer = new ReportTextAnalyzer();

    @Test
    void hanTextBecomesOverlappingBigrams() {
        assertThat(terms("软弱涣散")).containsExactly("软弱", "弱涣", "涣散");
    }

    @Test
    void punctuationBreaksTheBigramChain() {
        assertThat(terms("党建，发展")).containsExactly("党建", "发展");
    }

    @Test
    void decimalsAndPercentagesSurviveWhole() {
        assertThat(terms("累计放贷2.3亿元")).contains("2.3", "2.3亿元");
        assertThat(terms("占比52%。")).contains("52", "52%");
        assertThat(terms("村均4.89万元")).containsExactly("村均", "4.89", "4.89万元", "万元");
        assertThat(terms("共1,864人")).contains("1,864", "1,864人");
    }

    @Test
    void fullWidthDigitsAreReadAsAscii() {
        assertThat(terms("占５２％")).contains("52", "52%");
    }

    @Test
    void theNumberWithItsUnitSharesThePositionOfTheBareNumber() throws IOException {
        List<String> stacked = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", "村均4.89万元")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() == 0) {
                    stacked.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
                }
            }
            ts.end();
        }
        assertThat(stacked).containsExactly("4.89万元@2-8");
    }

    @Test
    void latinWordsAreLowerCased() {
        assertThat(terms("APP和QQ群")).contains("app", "qq");
    }

    private List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
