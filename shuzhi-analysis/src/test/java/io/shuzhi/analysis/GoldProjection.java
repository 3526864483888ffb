package io.shuzhi.analysis;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of an analysis a human annotates in a gold file: reports, reporters, titles, years, sections with
 * item headings, commitments with target and deadline, and findings (rule, text, fix). Offsets are left out
 * on purpose — they are checked against the text separately.
 */
final class GoldProjection {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private GoldProjection() {
    }

    static JsonNode of(AnalysisResult result) {
        ArrayNode reports = MAPPER.createArrayNode();
        for (AnalyzedReport r : result.reports()) {
            ObjectNode report = reports.addObject();
            report.put("title", r.title());
            report.put("reporter", r.reporter().name());
            report.put("position", r.reporter().position());
            report.put("organization", r.reporter().organization());
            report.put("year", r.year());
            ArrayNode sections = report.putArray("sections");
            for (Section s : r.sections()) {
                ObjectNode section = sections.addObject();
                section.put("kind", s.kind().name());
                section.put("heading", s.heading());
                ArrayNode items = section.putArray("items");
                for (SectionItem i : s.items()) {
                    items.add(i.heading());
                }
            }
            ArrayNode commitments = report.putArray("commitments");
            for (Commitment c : r.commitments()) {
                ObjectNode o = commitments.addObject();
                o.put("text", c.text());
                o.put("value", plain(c.value()));
                o.put("max", plain(c.max()));
                o.put("unit", c.unit());
                o.put("comparator", c.comparator() == null ? null : c.comparator().name());
                o.put("deadline", c.deadline() == null ? null : c.deadline().toString());
            }
            ArrayNode findings = report.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("rule", f.rule().name());
                o.put("severity", f.severity().name());
                o.put("text", f.text());
                o.put("fix", f.fix());
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("reports", reports);
        return root;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
