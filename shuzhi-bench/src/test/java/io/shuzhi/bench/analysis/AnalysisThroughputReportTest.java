package io.shuzhi.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisThroughputReportTest {

    @Test
    void tableGivesRatiosToTheBaselineAndScalingOverOneThread() {
        String table = AnalysisThroughputReport.table(List.of(
                new AnalysisThroughputReport.Row(1, 10, 1, 4, 0.5, 20, 5, 16, 4),
                new AnalysisThroughputReport.Row(2, 18, Double.NaN, 7, 1, 19, 5, 15, 4)));

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().toList().get(2))
                .isEqualTo("| 1 | 10.00 ± 1.00 | 4.00 ± 0.50 | **2.50×** | 1.00× | 20.00 | 5.00 | **4.00×** | **4.00×** | 1.00× |");
        assertThat(table.lines().toList().get(3))
                .isEqualTo("| 2 | 18.00 ± 0.00 | 7.00 ± 1.00 | **2.57×** | 1.80× | 19.00 | 5.00 | **3.80×** | **3.75×** | 0.95× |");
    }
}
