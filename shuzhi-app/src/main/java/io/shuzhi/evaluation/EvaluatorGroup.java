package io.shuzhi.evaluation;

import java.math.BigDecimal;

/** A group of evaluators (市委常委, 党代表, 基层党员群众代表…) and the weight of its mean in the ballot score. */
public record EvaluatorGroup(String name, BigDecimal weight) {
}
