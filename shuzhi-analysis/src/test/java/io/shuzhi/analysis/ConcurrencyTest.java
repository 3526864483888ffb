package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyzer serves every upload: concurrent calls must give exactly the sequential result. */
class ConcurrencyTest {

    @Test
    void oneAnalyzerIsSafeToShareBetweenThreads() throws Exception {
        ReportAnalyzer analyzer = ReportAnalyzer.create();
        byte[] seed = Seeds.bytes(Seeds.COMPILATION);
        String expected = AnalysisJson.write(analyzer.analyze(seed, "s.txt", AnalysisOptions.defaults()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> AnalysisJson.write(analyzer.analyze(seed, "s.txt", AnalysisOptions.defaults()))));
            }
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
