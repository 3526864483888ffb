package io.shuzhi.analysis.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds long passages (≥ 30 chars) that a report shares with an earlier report of the same batch — the
 * same input or any file analysed in the same call. Every 30-char window is hashed (rolling hash) into a
 * primitive open-addressing table of first occurrences; a later report's matching windows merge into
 * passages. Linear in the batch size. Not thread-safe: use one instance per batch.
 */
public final class BoilerplateDetector {

    private static final int K = 30;
    private static final int MIN_HAN = 20;
    private static final long BASE = 1_000_003L;
    private static final long BASE_POW_K;

    static {
        long p = 1;
        for (int i = 0; i < K; i++) {
            p *= BASE;
        }
        BASE_POW_K = p;
    }

    /** One report of the batch: the text it lives in, its span, and how to name it in a message. */
    public record Source(String docText, int start, int end, String label) {
    }

    private final List<Source> sources = new ArrayList<>();
    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12]; // (source index << 32) | position; 0 = empty slot
    private int size;

    /** Compares {@code source} with the reports added before it, then adds it; returns its findings. */
    public List<Finding> add(Source source) {
        int id = sources.size();
        sources.add(source);
        List<Finding> out = new ArrayList<>();
        String text = source.docText();
        int from = source.start();
        int to = source.end();
        if (to - from < K) {
            return out;
        }
        long[] hashes = new long[to - from - K + 1];
        long h = 0;
        for (int i = from; i < from + K; i++) {
            h = h * BASE + text.charAt(i);
        }
        int runStart = -1;
        int runEnd = -1;
        long runOrigin = 0;
        for (int i = from; i + K <= to; i++) {
            hashes[i - from] = h;
            long origin = get(h);
            boolean match = false;
            if (origin != 0) {
                int srcId = (int) (origin >>> 32) - 1;
                int pos = (int) origin;
                Source s = sources.get(srcId);
                if (runStart >= 0 && i <= runEnd) {
                    match = true; // inside a run; skip the re-check
                } else {
                    match = s.docText().regionMatches(pos, text, i, K);
                }
                if (match && runStart < 0) {
                    runStart = i;
                    runOrigin = origin;
                }
            }
            if (match) {
                runEnd = i + K;
            } else if (runStart >= 0 && i >= runEnd) {
                emit(source, runStart, runEnd, runOrigin, out);
                runStart = -1;
            }
            if (i + K < to) {
                h = h * BASE + text.charAt(i + K) - BASE_POW_K * text.charAt(i);
            }
        }
        if (runStart >= 0) {
            emit(source, runStart, runEnd, runOrigin, out);
        }
        for (int i = 0; i < hashes.length; i++) {
            putIfAbsent(hashes[i], ((long) (id + 1) << 32) | (from + i));
        }
        return out;
    }

    private void emit(Source source, int start, int end, long origin, List<Finding> out) {
        String text = source.docText();
        int han = 0;
        for (int i = start; i < end; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (han < MIN_HAN) {
            return;
        }
        Source other = sources.get((int) (origin >>> 32) - 1);
        out.add(new Finding(FindingRule.BOILERPLATE, Severity.WARNING,
                "内容雷同：这段文字与" + other.label() + "中的文字完全相同，请核实是否套用",
                text.substring(start, end), null, start, end));
    }

    private long get(long key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (values[slot] == 0) {
                return 0;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    private void putIfAbsent(long key, long value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (values[slot] == 0) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return;
            }
            if (keys[slot] == key) {
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }
}
