package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.text.DataFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A wrong→right phrase list matched in one pass: entries are indexed by their first char, so each text
 * position costs one array read. Longer entries are tried first. Immutable once built.
 */
final class PhraseTable {

    record Entry(String wrong, String right, List<String> exceptions) {
    }

    private final Entry[][] byFirstChar = new Entry[Character.MAX_VALUE + 1][];

    PhraseTable(String file) {
        List<List<Entry>> buckets = new ArrayList<>();
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            buckets.add(null);
        }
        for (String[] row : DataFiles.rows(file)) {
            List<String> exceptions = row.length > 2 && !row[2].isEmpty() ? Arrays.asList(row[2].split(",")) : List.of();
            Entry e = new Entry(row[0], row[1], List.copyOf(exceptions));
            char first = e.wrong.charAt(0);
            if (buckets.get(first) == null) {
                buckets.set(first, new ArrayList<>());
            }
            buckets.get(first).add(e);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            List<Entry> b = buckets.get(c);
            if (b != null) {
                b.sort(Comparator.comparingInt((Entry e) -> e.wrong.length()).reversed());
                byFirstChar[c] = b.toArray(Entry[]::new);
            }
        }
    }

    interface Hit {
        void found(Entry entry, int start);
    }

    void scan(String text, int from, int to, Hit hit) {
        for (int i = from; i < to; i++) {
            Entry[] candidates = byFirstChar[text.charAt(i)];
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                if (i + e.wrong.length() <= to && text.startsWith(e.wrong, i) && !excepted(text, i, e)) {
                    hit.found(e, i);
                    i += e.wrong.length() - 1;
                    break;
                }
            }
        }
    }

    private static boolean excepted(String text, int at, Entry e) {
        for (String ok : e.exceptions) {
            int k = ok.indexOf(e.wrong);
            if (k >= 0 && at - k >= 0 && text.startsWith(ok, at - k)) {
                return true;
            }
        }
        return false;
    }
}
