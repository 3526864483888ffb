package io.shuzhi.bench.ballot;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies and outcomes of one load phase, safe to record from the HTTP client's threads. A latency runs from the
 * request's <em>intended</em> send time in the open-loop schedule to its response, so a server that falls behind
 * shows in the percentiles instead of slowing the load down (no coordinated omission).
 */
public final class LatencyStats {

    private static final long MAX_TRACKED = TimeUnit.MINUTES.toNanos(5);

    private final Histogram histogram = new ConcurrentHistogram(MAX_TRACKED, 3);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder failures = new LongAdder();

    /** A response with HTTP status {@code status} after {@code nanos} from its intended send time. */
    public void record(long nanos, int status) {
        histogram.recordValue(Math.min(Math.max(nanos, 0), MAX_TRACKED));
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** No response at all (connection refused, timeout): counted as an error, its latency as recorded. */
    public void fail(long nanos) {
        histogram.recordValue(Math.min(Math.max(nanos, 0), MAX_TRACKED));
        failures.increment();
    }

    /** The figures of this phase, throughput over {@code elapsedNanos} (first intended send to last response). */
    public Summary summarize(String label, long elapsedNanos) {
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((s, n) -> byStatus.put(s, n.sum()));
        long ok = byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
        long total = histogram.getTotalCount();
        double seconds = elapsedNanos / 1e9;
        return new Summary(label, total, ok, total - ok, byStatus, seconds, seconds > 0 ? ok / seconds : 0,
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(95)),
                millis(histogram.getValueAtPercentile(99)), millis(histogram.getMaxValue()));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** One phase's outcome: requests answered, 2xx among them, the rest, seconds, 2xx per second, latency percentiles in ms. */
    public record Summary(String label, long requests, long ok, long errors, Map<Integer, Long> statuses, double seconds,
                          double throughput, double p50, double p95, double p99, double max) {

        /** True when the phase sustained {@code rate} 2xx per second (within 1%) with no errors and p99 under {@code p99Ms}. */
        public boolean meets(double rate, double p99Ms) {
            return errors == 0 && throughput >= rate * 0.99 && p99 < p99Ms;
        }

        public String line() {
            return String.format("%-8s %,8d req %,8d 2xx %,6d err  %7.1f req/s over %5.1f s  p50 %7.2f  p95 %7.2f  p99 %7.2f  max %8.2f ms  %s",
                    label, requests, ok, errors, throughput, seconds, p50, p95, p99, max, statuses);
        }
    }
}
