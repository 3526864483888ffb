package io.shuzhi.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the arithmetic needs about one reporter: the counted ratings per evaluator group and the routine score
 * (null when none was entered).
 */
public record ReporterTally(long reportId, long organizationId, Map<String, Map<Grade, Integer>> countsByGroup,
                            BigDecimal routineScore) {

    public ReporterTally {
        countsByGroup = Map.copyOf(countsByGroup);
    }
}
