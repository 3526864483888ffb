package io.shuzhi.analysis;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes an {@link AnalysisResult} as the JSON contract of {@code shuzhi analyze --json}: one object on one
 * line, nulls written as null, numbers plain (48900, 0.5), offsets in code points. Written by hand so the
 * field order and number form never depend on a mapper's configuration.
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    public static String write(AnalysisResult result) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"file\":");
        string(sb, result.file());
        sb.append(",\"reports\":");
        array(sb, result.reports(), AnalysisJson::report);
        return sb.append('}').toString();
    }

    private static void report(StringBuilder sb, AnalyzedReport r) {
        sb.append("{\"title\":");
        string(sb, r.title());
        sb.append(",\"reporter\":{\"name\":");
        string(sb, r.reporter() == null ? null : r.reporter().name());
        sb.append(",\"position\":");
        string(sb, r.reporter() == null ? null : r.reporter().position());
        sb.append(",\"organization\":");
        string(sb, r.reporter() == null ? null : r.reporter().organization());
        sb.append("},\"year\":").append(r.year());
        sb.append(",\"start\":").append(r.start()).append(",\"end\":").append(r.end());
        sb.append(",\"sections\":");
        array(sb, r.sections(), AnalysisJson::section);
        sb.append(",\"quantities\":");
        array(sb, r.quantities(), AnalysisJson::quantity);
        sb.append(",\"commitments\":");
        array(sb, r.commitments(), AnalysisJson::commitment);
        sb.append(",\"findings\":");
        array(sb, r.findings(), AnalysisJson::finding);
        sb.append('}');
    }

    private static void section(StringBuilder sb, Section s) {
        sb.append("{\"kind\":");
        string(sb, s.kind().name());
        sb.append(",\"heading\":");
        string(sb, s.heading());
        sb.append(",\"start\":").append(s.start()).append(",\"end\":").append(s.end()).append(",\"items\":");
        array(sb, s.items(), AnalysisJson::item);
        sb.append('}');
    }

    private static void item(StringBuilder sb, SectionItem i) {
        sb.append("{\"heading\":");
        string(sb, i.heading());
        sb.append(",\"start\":").append(i.start()).append(",\"end\":").append(i.end()).append('}');
    }

    private static void quantity(StringBuilder sb, Quantity q) {
        sb.append("{\"text\":");
        string(sb, q.text());
        sb.append(",\"value\":");
        number(sb, q.value());
        sb.append(",\"max\":");
        number(sb, q.max());
        sb.append(",\"unit\":");
        string(sb, q.unit());
        sb.append(",\"qualifier\":");
        string(sb, q.qualifier() == null ? null : q.qualifier().name());
        sb.append(",\"start\":").append(q.start()).append(",\"end\":").append(q.end()).append('}');
    }

    private static void commitment(StringBuilder sb, Commitment c) {
        sb.append("{\"text\":");
        string(sb, c.text());
        sb.append(",\"value\":");
        number(sb, c.value());
        sb.append(",\"max\":");
        number(sb, c.max());
        sb.append(",\"unit\":");
        string(sb, c.unit());
        sb.append(",\"comparator\":");
        string(sb, c.comparator() == null ? null : c.comparator().name());
        sb.append(",\"deadline\":");
        string(sb, c.deadline() == null ? null : c.deadline().toString());
        sb.append(",\"start\":").append(c.start()).append(",\"end\":").append(c.end()).append('}');
    }

    private static void finding(StringBuilder sb, Finding f) {
        sb.append("{\"rule\":");
        string(sb, f.rule().name());
        sb.append(",\"severity\":");
        string(sb, f.severity().name());
        sb.append(",\"message\":");
        string(sb, f.message());
        sb.append(",\"text\":");
        string(sb, f.text());
        sb.append(",\"fix\":");
        string(sb, f.fix());
        sb.append(",\"start\":").append(f.start()).append(",\"end\":").append(f.end()).append('}');
    }

    private static <T> void array(StringBuilder sb, List<T> items, BiConsumer<StringBuilder, T> writer) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            writer.accept(sb, items.get(i));
        }
        sb.append(']');
    }

    /** Plain decimal without trailing zeros: 48900, 0.5, 1.2. */
    static void number(StringBuilder sb, BigDecimal value) {
        if (value == null) {
            sb.append("null");
            return;
        }
        BigDecimal v = value.stripTrailingZeros();
        sb.append(v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString());
    }

    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
