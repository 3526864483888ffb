package io.shuzhi.analysis.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds long passages (≥ 30 chars) that a report shares with an earlier report of the same batch — the
 * same input or any file analysed in the same call. Winnowing: of every 7 consecutive 24-char window
 * hashes the smallest is kept as a fingerprint, which guarantees that any shared passage of 24 + 7 - 1 = 30
 * chars shares a fingerprint. Fingerprints go into a primitive open-addressing table of first
 * occurrences; a hit is verified and widened char by char to the whole shared passage. Linear in the
 * batch size. Not thread-safe: use one instance per batch.
 */
public final class BoilerplateDetector {

    private static final int K = 24;
    private static final int W = 7;
    private static final int MIN_LENGTH = 30;
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
    private long[] values = new long[1 << 12]; // (source index + 1) << 32 | position; 0 = empty slot
    private int size;

    /** Compares {@code source} with the reports added before it, then adds it; returns its findings. */
    public List<Finding> add(Source source) {
        int id = sources.size();
        sources.add(source);
        List<Finding> out = new ArrayList<>();
        String text = source.docText();
        int from = source.start();
        int to = source.end();
        if (to - from < MIN_LENGTH) {
            return out;
        }
        long[] hashes = windowHashes(text, from, to);
        int[] fingerprints = fingerprints(hashes, from);
        int coveredUntil = from;
        for (int k = 0; k < fingerprints.length && fingerprints[k] >= 0; k++) {
            int i = fingerprints[k];
            if (i < coveredUntil) {
                continue;
            }
            long origin = get(hashes[i - from]);
            if (origin == 0) {
                continue;
            }
            Source other = sources.get((int) (origin >>> 32) - 1);
            int pos = (int) origin;
            String otherText = other.docText();
            if (!otherText.regionMatches(pos, text, i, K)) {
                continue;
            }
            int back = 0;
            while (i - back > Math.max(from, coveredUntil) && pos - back > other.start()
                    && otherText.charAt(pos - back - 1) == text.charAt(i - back - 1)) {
                back++;
            }
            int end = i + K;
            int otherEnd = pos + K;
            while (end < to && otherEnd < other.end() && otherText.charAt(otherEnd) == text.charAt(end)) {
                end++;
                otherEnd++;
            }
            emit(source, other, i - back, end, out);
            coveredUntil = end;
        }
        for (int k = 0; k < fingerprints.length && fingerprints[k] >= 0; k++) {
            int i = fingerprints[k];
            putIfAbsent(hashes[i - from], ((long) (id + 1) << 32) | i);
        }
        return out;
    }

    private static long[] windowHashes(String text, int from, int to) {
        long[] hashes = new long[to - from - K + 1];
        long h = 0;
        for (int i = from; i < from + K; i++) {
            h = h * BASE + text.charAt(i);
        }
        for (int i = from; ; i++) {
            hashes[i - from] = mixed(h);
            if (i + K >= to) {
                break;
            }
            h = h * BASE + text.charAt(i + K) - BASE_POW_K * text.charAt(i);
        }
        return hashes;
    }

    /** Positions of the winnowed windows, ascending, terminated by -1. */
    private static int[] fingerprints(long[] hashes, int from) {
        int n = hashes.length;
        int[] out = new int[n + 1];
        int count = 0;
        int last = -1;
        int min = -1;
        for (int w = 0; w + W <= Math.max(n, W); w++) {
            int end = Math.min(n, w + W);
            if (min < w) { // the minimum left the window: scan it again
                min = w;
                for (int j = w; j < end; j++) {
                    if (hashes[j] <= hashes[min]) {
                        min = j;
                    }
                }
            } else if (hashes[end - 1] <= hashes[min]) { // only the newest window can take its place
                min = end - 1;
            }
            if (min != last && min < n) {
                out[count++] = from + min;
                last = min;
            }
            if (w + W >= n) {
                break;
            }
        }
        out[count] = -1;
        return out;
    }

    /** Window hashes go through a mixer, so the winnowing minimum is not biased towards low characters. */
    private static long mixed(long h) {
        long z = h * 0x9E3779B97F4A7C15L;
        return z ^ (z >>> 31);
    }

    private void emit(Source source, Source other, int start, int end, List<Finding> out) {
        if (end - start < MIN_LENGTH) {
            return;
        }
        String text = source.docText();
        int han = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf') {
                han++;
            }
        }
        if (han < MIN_HAN) {
            return;
        }
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
