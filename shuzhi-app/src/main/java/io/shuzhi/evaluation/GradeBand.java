package io.shuzhi.evaluation;

import java.math.BigDecimal;

/** A total of at least {@code min} earns {@code grade}. A total below every band earns 差. */
public record GradeBand(Grade grade, BigDecimal min) {
}
