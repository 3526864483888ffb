package io.shuzhi.workrecord.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * Finds numbers with their units in text. {@link PatternQuantityFinder} is a small stand-in; when the analysis
 * library lands, an adapter over {@code io.shuzhi.analysis.quantity.QuantityExtractor} replaces it as the one bean
 * (its Quantity has the same fields), and {@link ClaimChecker} does not change.
 */
public interface QuantityFinder {

    /**
     * @param qualifier "余", "多" or "以上" when the number is a lower bound ("50余次"), else null
     * @param start     offset of the first character of {@code text} in the searched text
     * @param end       offset just past the last character
     */
    record Quantity(String text, BigDecimal value, String unit, String qualifier, int start, int end) {
    }

    List<Quantity> find(String text);
}
