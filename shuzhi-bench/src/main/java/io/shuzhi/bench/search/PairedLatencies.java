package io.shuzhi.bench.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies of the app and of the baseline on the same queries, query by query, and the figures the report gives:
 * p50/p95/p99/max of each (nearest rank), the ratios app/baseline of those percentiles, and the median of the
 * per-query ratios (each pair timed back to back, so it is the figure least moved by a noisy machine).
 */
final class PairedLatencies {

    private final long[] app;
    private final long[] baseline;
    private int size;

    PairedLatencies(int capacity) {
        app = new long[capacity];
        baseline = new long[capacity];
    }

    void record(long appNanos, long baselineNanos) {
        app[size] = appNanos;
        baseline[size] = baselineNanos;
        size++;
    }

    int size() {
        return size;
    }

    Summary summarize() {
        if (size == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        long[] a = Arrays.copyOf(app, size);
        long[] b = Arrays.copyOf(baseline, size);
        double[] ratios = new double[size];
        for (int i = 0; i < size; i++) {
            ratios[i] = (double) a[i] / Math.max(1, b[i]);
        }
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(ratios);
        return new Summary(size, Row.of(a), Row.of(b), ratios[rank(size, 0.50)]);
    }

    /** Nearest rank: the smallest value with at least {@code quantile} of all at or below it. */
    static int rank(int n, double quantile) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(quantile * n) - 1));
    }

    /** Percentiles in milliseconds. */
    record Row(double p50, double p95, double p99, double max) {

        static Row of(long[] sortedNanos) {
            int n = sortedNanos.length;
            return new Row(sortedNanos[rank(n, 0.50)] / 1e6, sortedNanos[rank(n, 0.95)] / 1e6,
                    sortedNanos[rank(n, 0.99)] / 1e6, sortedNanos[n - 1] / 1e6);
        }

        Row over(Row base) {
            return new Row(p50 / base.p50, p95 / base.p95, p99 / base.p99, max / base.max);
        }
    }

    record Summary(int queries, Row app, Row baseline, double medianPairRatio) {

        Row ratio() {
            return app.over(baseline);
        }

        /** The table SearchLatency prints (and PERFORMANCE.md copies). */
        String table() {
            Row r = ratio();
            return String.format(Locale.ROOT, """
                            %,d queries, each timed on the app and on the baseline back to back (ms)
                                                 p50       p95       p99       max
                            app (search)    %9.2f %9.2f %9.2f %9.2f
                            baseline        %9.2f %9.2f %9.2f %9.2f
                            app / baseline  %8.2fx %8.2fx %8.2fx %8.2fx
                            median of per-query ratios app/baseline: %.2fx
                            """, queries, app.p50, app.p95, app.p99, app.max,
                    baseline.p50, baseline.p95, baseline.p99, baseline.max, r.p50, r.p95, r.p99, r.max, medianPairRatio);
        }
    }
}
