package io.shuzhi.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The combined result (综合评价) of one reporter. Scores are rounded to {@link Evaluator#SCALE} places; grade and
 * rank are decided on the rounded total, i.e. on the number people see.
 */
public record Evaluation(long reportId, long organizationId, Map<Grade, Integer> gradeCounts, List<GroupResult> groups,
                         BigDecimal ballotScore, BigDecimal routineScore, BigDecimal totalScore, Grade grade,
                         Grade bandGrade, int rank, List<AccountabilityAction> consequences) {
}
