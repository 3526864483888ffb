package io.shuzhi.statistics;

import java.util.Map;

/**
 * Indicators of one subtree for one year, the same for the year before, and the change (this year minus last
 * year; for shares, in fractions). Keys are {@link Indicator#key}.
 */
public record IndicatorReport(long organizationId, String organizationName, int year, Map<String, Number> values,
                              Map<String, Number> previous, Map<String, Number> change) {
}
