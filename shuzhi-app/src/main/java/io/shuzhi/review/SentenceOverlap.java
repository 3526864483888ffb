package io.shuzhi.review;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of a report repeats other texts sentence for sentence: the share of its characters in sentences (of
 * at least {@value #MIN_LENGTH} characters, so stock phrases do not count) that occur verbatim in one of the others.
 * Catches a report copied from a neighbour's or from the same reporter's last year, the reviewers' old complaint.
 */
final class SentenceOverlap {

    static final int MIN_LENGTH = 15;
    private static final Pattern BREAKS = Pattern.compile("[。！？；!?;\\n]+");

    private SentenceOverlap() {
    }

    static List<String> sentences(String text) {
        return BREAKS.splitAsStream(text == null ? "" : text).map(s -> s.replaceAll("\\s+", ""))
                .filter(s -> s.codePointCount(0, s.length()) >= MIN_LENGTH).toList();
    }

    /** 0–1; 0 when the report has no sentence long enough to compare. */
    static double share(String text, Collection<String> others) {
        List<String> mine = sentences(text);
        if (mine.isEmpty()) {
            return 0;
        }
        Set<String> theirs = new HashSet<>();
        others.forEach(o -> theirs.addAll(sentences(o)));
        long total = 0;
        long shared = 0;
        for (String s : mine) {
            total += s.length();
            if (theirs.contains(s)) {
                shared += s.length();
            }
        }
        return (double) shared / total;
    }
}
