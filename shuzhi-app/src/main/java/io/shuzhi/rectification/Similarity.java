package io.shuzhi.rectification;

import java.util.HashSet;
import java.util.Set;

/**
 * Character-bigram Jaccard similarity: good enough to notice that this year's "三会一课制度落实不到位" is last
 * year's problem again, without word segmentation (Chinese has no spaces). Punctuation and whitespace are ignored.
 */
final class Similarity {

    private Similarity() {
    }

    static double jaccard(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    static Set<String> bigrams(String text) {
        String s = text == null ? "" : text.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase();
        Set<String> grams = new HashSet<>();
        if (s.length() == 1) {
            grams.add(s);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }
}
