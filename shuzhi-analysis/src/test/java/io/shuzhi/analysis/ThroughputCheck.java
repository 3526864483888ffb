package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quick single-threaded throughput check: analyses the seed compilation 200 times (after a warm-up) and prints
 * MB/s of UTF-8 input, per wall second and per thread-CPU second (the latter is what is asserted: the
 * machine is shared, and wall time under load says little). Opt-in, since the build machine is shared and timing is noisy:
 * {@code ./mvnw -q -B -o -pl shuzhi-analysis test -Dtest=ThroughputCheck -Dthroughput=true}.
 * The analyzer must stay at ≥ 10 MB/s (HanLP's standard segmenter does roughly 1–5 MB/s).
 */
class ThroughputCheck {

    @Test
    void seedTimesTwoHundred() {
        Assumptions.assumeTrue(Boolean.getBoolean("throughput"), "run with -Dthroughput=true");
        ReportAnalyzer analyzer = ReportAnalyzer.create();
        byte[] bytes = Seeds.bytes(Seeds.COMPILATION);
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (int i = 0; i < 300; i++) {
            analyzer.analyze(text, AnalysisOptions.defaults());
        }
        int rounds = 200;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int reports = 0;
        for (int i = 0; i < rounds; i++) {
            reports += analyzer.analyze(text, AnalysisOptions.defaults()).reports().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = bytes.length * (double) rounds / 1e6 / seconds;
        double mbps = bytes.length * (double) rounds / 1e6 / cpuSeconds;
        System.out.printf("throughput: %d × %d bytes: wall %.3f s = %.1f MB/s; thread CPU %.3f s = %.1f MB/s (%d reports)%n",
                rounds, bytes.length, seconds, wall, cpuSeconds, mbps, reports);
        assertThat(mbps).isGreaterThanOrEqualTo(10.0);
    }
}
