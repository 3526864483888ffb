package io.shuzhi.analysis.number;

import io.shuzhi.analysis.quantity.Qualifier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numeral found in text, normalised.
 *
 * <p>{@code value} is the number (for {@link NumeralKind#PERCENT} the percentage, 52% → 52; for
 * {@link NumeralKind#FRACTION} M/N rounded to 6 decimals; for {@link NumeralKind#RANGE} the lower end).
 * {@code max} is the upper end of a range, else null. {@code qualifier} is {@link Qualifier#MORE_THAN}
 * for 余/多 written inside the numeral (300余万, 6000多), {@link Qualifier#RANGE} for ranges, else
 * {@link Qualifier#EXACT}. {@code start}/{@code end} are code point offsets, end exclusive.
 */
public record Numeral(String text, BigDecimal value, BigDecimal max, NumeralKind kind, Qualifier qualifier, int start, int end) {
    public Numeral {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifier, "qualifier");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
