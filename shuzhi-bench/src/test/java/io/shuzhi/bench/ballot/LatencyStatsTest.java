package io.shuzhi.bench.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    private static long ms(double millis) {
        return (long) (millis * 1_000_000);
    }

    @Test
    void percentilesOfAHundredLatenciesFromOneToAHundredMilliseconds() {
        LatencyStats stats = new LatencyStats();
        for (int i = 100; i >= 1; i--) {
            stats.record(ms(i), 200);
        }

        LatencyStats.Summary s = stats.summarize("ballots", TimeUnit.SECONDS.toNanos(2));

        assertThat(s.p50()).isCloseTo(50, within(0.1));
        assertThat(s.p95()).isCloseTo(95, within(0.1));
        assertThat(s.p99()).isCloseTo(99, within(0.1));
        assertThat(s.max()).isCloseTo(100, within(0.1));
    }

    @Test
    void throughputCountsOnly2xxOverTheElapsedTimeAndTheRestAreErrors() {
        LatencyStats stats = new LatencyStats();
        for (int i = 0; i < 900; i++) {
            stats.record(ms(1), 200);
        }
        for (int i = 0; i < 50; i++) {
            stats.record(ms(1), 409);
        }
        for (int i = 0; i < 50; i++) {
            stats.fail(ms(30_000));
        }

        LatencyStats.Summary s = stats.summarize("ballots", TimeUnit.SECONDS.toNanos(3));

        assertThat(s.requests()).isEqualTo(1000);
        assertThat(s.ok()).isEqualTo(900);
        assertThat(s.errors()).isEqualTo(100);
        assertThat(s.statuses()).isEqualTo(Map.of(200, 900L, 409, 50L));
        assertThat(s.throughput()).isCloseTo(300, within(1e-9));
        assertThat(s.max()).isCloseTo(30_000, within(30.0));
    }

    @Test
    void targetNeedsTheRateNoErrorsAndP99UnderTheLimit() {
        LatencyStats.Summary good = summary(1000, 0, 999.0, 120);

        assertThat(good.meets(1000, 250)).isTrue();
        assertThat(summary(1000, 0, 980, 120).meets(1000, 250)).as("1% short of the rate").isFalse();
        assertThat(summary(1000, 0, 1000, 250).meets(1000, 250)).as("p99 must be under the limit").isFalse();
        assertThat(summary(1000, 1, 1000, 120).meets(1000, 250)).as("one error").isFalse();
    }

    @Test
    void recordsFromManyThreadsAreAllCounted() throws InterruptedException {
        LatencyStats stats = new LatencyStats();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    stats.record(ms(2), 200);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(stats.summarize("x", TimeUnit.SECONDS.toNanos(1)).ok()).isEqualTo(40_000);
    }

    @Test
    void negativeLatenciesCountAsZero() {
        LatencyStats stats = new LatencyStats();
        stats.record(-5, 200);

        assertThat(stats.summarize("x", 1).max()).isZero();
    }

    private static LatencyStats.Summary summary(long ok, long errors, double throughput, double p99) {
        return new LatencyStats.Summary("x", ok + errors, ok, errors, Map.of(), 60, throughput, 1, 2, p99, p99);
    }
}
