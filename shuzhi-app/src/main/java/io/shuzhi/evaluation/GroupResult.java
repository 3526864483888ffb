package io.shuzhi.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One evaluator group's ratings of one reporter: counts, the mean grade points (null without ratings) and the
 * share of 好 — a share near 1 in one group while others differ is the classic sign of persuaded voting.
 */
public record GroupResult(String group, BigDecimal weight, Map<Grade, Integer> gradeCounts, int ratings,
                          BigDecimal mean, BigDecimal goodShare) {
}
