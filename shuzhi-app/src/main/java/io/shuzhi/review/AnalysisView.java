package io.shuzhi.review;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A stored analysis read back for pages: the contract's per-report object as records. Offsets are code points. */
public record AnalysisView(String title, Reporter reporter, Integer year, int start, int end, List<Part> sections,
                    List<Quantity> quantities, List<Commitment> commitments, List<Finding> findings) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static AnalysisView parse(String json) {
        return JSON.readValue(json, AnalysisView.class);
    }

    public record Reporter(String name, String position, String organization) {
    }

    public record Part(String kind, String heading, int start, int end, List<Item> items) {
    }

    public record Item(String heading, int start, int end) {
    }

    public record Quantity(String text, BigDecimal value, BigDecimal max, String unit, String qualifier, int start, int end) {

        /** The normalised value as the hover shows it: "48900 元", "2–3 次". */
        public String normalised() {
            String v = value == null ? "?" : plain(value) + (max == null ? "" : "–" + plain(max));
            return unit == null || unit.isBlank() ? v : v + " " + unit;
        }
    }

    public record Commitment(String text, BigDecimal value, BigDecimal max, String unit, String comparator, LocalDate deadline,
                      int start, int end) {

        public boolean quantified() {
            return value != null;
        }

        public String target() {
            if (value == null) {
                return null;
            }
            String v = plain(value) + (max == null ? "" : "–" + plain(max));
            return v + (unit == null ? "" : " " + unit);
        }
    }

    public record Finding(String rule, String severity, String message, String text, String fix, int start, int end) {

        public boolean hasFix() {
            return fix != null;
        }
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
