package io.shuzhi.commitment;

import java.math.BigDecimal;

/**
 * How a quantified target is phrased: 建成3个 (EXACT), 超过3个 (MORE_THAN), 不少于3个 (AT_LEAST), 约3个 (APPROX),
 * 不超过3个 (AT_MOST), 3至5个 (RANGE, with max).
 */
public enum Comparator {
    EXACT, MORE_THAN, AT_LEAST, APPROX, AT_MOST, RANGE;

    /**
     * @param tolerance relative tolerance for APPROX, e.g. 0.1 = within 10% of the target
     */
    public boolean isMet(BigDecimal reached, BigDecimal value, BigDecimal max, BigDecimal tolerance) {
        if (reached == null) {
            return false;
        }
        return switch (this) {
            case EXACT -> reached.compareTo(value) == 0;
            case MORE_THAN -> reached.compareTo(value) > 0;
            case AT_LEAST -> reached.compareTo(value) >= 0;
            case AT_MOST -> reached.compareTo(value) <= 0;
            case RANGE -> reached.compareTo(value) >= 0 && (max == null || reached.compareTo(max) <= 0);
            case APPROX -> reached.subtract(value).abs().compareTo(value.abs().multiply(tolerance)) <= 0;
        };
    }

    /** An upper bound is only proven at the deadline: "at most 5 petitions" is trivially true in January. */
    public boolean judgedOnlyAtDeadline() {
        return this == AT_MOST;
    }
}
