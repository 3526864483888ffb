package io.shuzhi.analysis.quantity;

import java.math.BigDecimal;

/**
 * A number that counts or measures something, with its unit or measure word, normalised.
 * {@code start}/{@code end} are code point offsets into the text it was found in, end exclusive;
 * {@code text} is the verbatim substring. {@code max} is set only for ranges; unknown values are null.
 */
public record Quantity(String text, BigDecimal value, BigDecimal max, String unit, Qualifier qualifier, int start, int end) {
}
