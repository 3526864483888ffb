package io.shuzhi.warning;

import java.math.BigDecimal;

/** A rule from {@code warning_rule}: the subject's {@code fact} compared with {@code threshold} gives {@code color}. */
public record WarningRule(String code, SubjectType subjectType, String fact, String operator, BigDecimal threshold,
                          WarningColor color) {

    public boolean fires(Subject subject) {
        if (subject.type() != subjectType) {
            return false;
        }
        BigDecimal value = subject.facts().get(fact);
        if (value == null) {
            return false;
        }
        int c = value.compareTo(threshold);
        return switch (operator) {
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "=" -> c == 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> throw new IllegalStateException("unknown operator in warning rule " + code + ": " + operator);
        };
    }
}
