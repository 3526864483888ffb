package io.shuzhi.evaluation;

import java.math.BigDecimal;

/**
 * An override on top of the bands: when the share of {@code grade} ratings exceeds {@code shareAbove} (0–1), the
 * reporter's grade is at best {@code cap} — e.g. more than 30% 差 votes caps the grade at 一般, however high the
 * routine score.
 */
public record GradeCap(Grade grade, BigDecimal shareAbove, Grade cap) {
}
