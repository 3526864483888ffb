package io.shuzhi.analysis.commitment;

import io.shuzhi.analysis.quantity.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.IntUnaryOperator;

/**
 * A promise from the measures part (承诺): the clause verbatim, its target when quantified (value, max for
 * ranges, unit, comparator = the quantity's qualifier), and its deadline resolved against the plan year.
 * Unknown values are null.
 */
public record Commitment(String text, BigDecimal value, BigDecimal max, String unit, Qualifier comparator,
                         LocalDate deadline, int start, int end) {

    public boolean isQuantified() {
        return value != null;
    }

    public Commitment remap(IntUnaryOperator offset) {
        return new Commitment(text, value, max, unit, comparator, deadline, offset.applyAsInt(start), offset.applyAsInt(end));
    }
}
