package io.shuzhi.workrecord.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * Finds numbers with their units in text. The one bean is {@link ExtractedQuantityFinder}, over the analysis
 * library's {@code QuantityExtractor} (ADR 400); {@link io.shuzhi.workrecord.ClaimChecker} sees only this interface.
 */
public interface QuantityFinder {

    /**
     * @param qualifier "以上" when the number is a lower bound ("50余次", "超过50次", "50次以上"), else null
     * @param start     offset of the first character of {@code text} in the searched text
     * @param end       offset just past the last character
     */
    record Quantity(String text, BigDecimal value, String unit, String qualifier, int start, int end) {
    }

    List<Quantity> find(String text);
}
