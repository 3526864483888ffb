package io.shuzhi.commitment;

import io.shuzhi.shared.InvalidInputException;

import java.math.BigDecimal;

/** A quantified target: 建成 {value} 个 {unit}, or {value}–{max} for a RANGE. */
public record Target(BigDecimal value, BigDecimal max, String unit, Comparator comparator) {

    public Target {
        if (value == null || comparator == null) {
            throw new InvalidInputException("commitment.target", "value", "量化目标须同时填写数值和比较方式 / A target needs a value and a comparator");
        }
        if (comparator == Comparator.RANGE && (max == null || max.compareTo(value) < 0)) {
            throw new InvalidInputException("commitment.target", "max", "区间目标须填写不小于下限的上限 / A RANGE target needs max ≥ value");
        }
    }

    /** Null when neither value nor comparator was given (an unquantified commitment); an error when only one was. */
    public static Target ofNullable(BigDecimal value, BigDecimal max, String unit, Comparator comparator) {
        return value == null && comparator == null ? null : new Target(value, max, unit, comparator);
    }
}
