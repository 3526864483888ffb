package io.shuzhi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;

/**
 * The one analyzer for indexing and querying: Han text as overlapping bigrams, numbers whole. Bigrams need no
 * dictionary, so the policy vocabulary of the reports ("软弱涣散", "三屏互动", "一肩挑") is found exactly, as a
 * phrase of bigrams, however new the coinage; a word segmenter would split unknown slogans unpredictably.
 */
public final class ReportTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        NumberAwareTokenizer tokenizer = new NumberAwareTokenizer();
        return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN, false));
    }
}
