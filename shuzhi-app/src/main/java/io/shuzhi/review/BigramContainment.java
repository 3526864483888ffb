package io.shuzhi.review;

import java.util.HashSet;
import java.util.Set;

/**
 * How much of a short passage (a commitment, a problem) reappears in a longer text: the share of its character
 * bigrams found there. Chinese needs no word segmentation for this, and reworded sentences still score.
 */
final class BigramContainment {

    /** From here on a passage counts as taken up again; below, shared stock phrases alone can reach 0.3. */
    static final double MENTIONED = 0.5;

    private BigramContainment() {
    }

    static double of(String passage, String text) {
        Set<String> mine = bigrams(passage);
        if (mine.isEmpty()) {
            return 0;
        }
        Set<String> theirs = bigrams(text);
        return (double) mine.stream().filter(theirs::contains).count() / mine.size();
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        String clean = s == null ? "" : s.replaceAll("[^\\p{IsHan}0-9]", " ");
        for (String run : clean.split(" +")) {
            for (int i = 0; i + 2 <= run.length(); i++) {
                out.add(run.substring(i, i + 2));
            }
        }
        return out;
    }
}
