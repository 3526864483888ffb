package io.shuzhi.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedLatenciesTest {

    private static long ms(double millis) {
        return Math.round(millis * 1_000_000);
    }

    @Test
    void percentilesByNearestRankAndTheirRatios() {
        PairedLatencies l = new PairedLatencies(100);
        for (int i = 100; i >= 1; i--) { // out of order: the summary sorts
            l.record(ms(3 * i), ms(i));
        }
        PairedLatencies.Summary s = l.summarize();

        assertThat(s.queries()).isEqualTo(100);
        assertThat(s.baseline().p50()).isCloseTo(50, within(1e-9));
        assertThat(s.baseline().p95()).isCloseTo(95, within(1e-9));
        assertThat(s.baseline().p99()).isCloseTo(99, within(1e-9));
        assertThat(s.baseline().max()).isCloseTo(100, within(1e-9));
        assertThat(s.app().p95()).isCloseTo(285, within(1e-9));
        assertThat(s.ratio().p50()).isCloseTo(3, within(1e-9));
        assertThat(s.ratio().p99()).isCloseTo(3, within(1e-9));
        assertThat(s.medianPairRatio()).isCloseTo(3, within(1e-9));
    }

    @Test
    void theMedianPairRatioPairsEachQueryWithItself() {
        // app and baseline have the same distribution, but each query is 2x slower on the app than on the baseline,
        // or 0.5x: percentile ratios say 1x, the paired median says which way the typical query goes
        PairedLatencies l = new PairedLatencies(5);
        l.record(ms(2), ms(1));
        l.record(ms(4), ms(2));
        l.record(ms(8), ms(4));
        l.record(ms(1), ms(2));
        l.record(ms(2), ms(8));
        PairedLatencies.Summary s = l.summarize();

        assertThat(s.medianPairRatio()).isCloseTo(2, within(1e-9));
        assertThat(s.ratio().max()).isCloseTo(1, within(1e-9));
    }

    @Test
    void nearestRankOfSmallSamples() {
        assertThat(PairedLatencies.rank(1, 0.99)).isZero();
        assertThat(PairedLatencies.rank(2, 0.50)).isZero();
        assertThat(PairedLatencies.rank(2, 0.95)).isEqualTo(1);
        assertThat(PairedLatencies.rank(2000, 0.99)).isEqualTo(1979);
    }

    @Test
    void theTableShowsBothRowsAndTheRatios() {
        PairedLatencies l = new PairedLatencies(2);
        l.record(ms(10), ms(4));
        l.record(ms(30), ms(6));
        String table = l.summarize().table();

        assertThat(table).contains("2 queries")
                .containsPattern("app \\(search\\)\\s+10\\.00\\s+30\\.00\\s+30\\.00\\s+30\\.00")
                .containsPattern("baseline\\s+4\\.00\\s+6\\.00\\s+6\\.00\\s+6\\.00")
                .containsPattern("app / baseline\\s+2\\.50x\\s+5\\.00x\\s+5\\.00x\\s+5\\.00x")
                .contains("median of per-query ratios app/baseline: 2.50x");
    }

    @Test
    void nothingRecordedIsAnError() {
        assertThatThrownBy(() -> new PairedLatencies(3).summarize()).isInstanceOf(IllegalStateException.class);
    }
}
