package io.shuzhi.analysis;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import java.math.BigDecimal;

/** The human-readable view of an analysis ({@code shuzhi analyze FILE}, the default format). */
public final class AnalysisText {

    private AnalysisText() {
    }

    public static String write(AnalysisResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("文件 File: ").append(result.file() == null ? "-" : result.file())
                .append("  （共 ").append(result.reports().size()).append(" 篇报告 reports）\n");
        int n = 0;
        for (AnalyzedReport r : result.reports()) {
            n++;
            sb.append("\n══ 报告 ").append(n).append(" ══ [").append(r.start()).append(", ").append(r.end()).append(")\n");
            sb.append("  标题 title:      ").append(orDash(r.title())).append('\n');
            sb.append("  述职人 reporter: ").append(orDash(r.reporter().name()))
                    .append(" · ").append(orDash(r.reporter().position()))
                    .append(" · ").append(orDash(r.reporter().organization())).append('\n');
            sb.append("  年度 year:       ").append(r.year() == null ? "-" : r.year() + "（计划年度 plan year " + (r.year() + 1) + "）").append('\n');
            sb.append("  ── 结构 sections\n");
            for (Section s : r.sections()) {
                sb.append("    ").append(s.kind()).append("  ").append(s.heading()).append('\n');
                int i = 0;
                for (SectionItem item : s.items()) {
                    sb.append("      ").append(++i).append(". ").append(orDash(item.heading())).append('\n');
                }
            }
            sb.append("  ── 数量 quantities (").append(r.quantities().size()).append(")\n");
            for (Quantity q : r.quantities()) {
                sb.append("    ").append(q.text()).append(" = ").append(num(q.value()));
                if (q.max() != null) {
                    sb.append("–").append(num(q.max()));
                }
                sb.append(' ').append(orDash(q.unit())).append(" ").append(q.qualifier()).append('\n');
            }
            sb.append("  ── 承诺 commitments (").append(r.commitments().size()).append(")\n");
            for (Commitment c : r.commitments()) {
                sb.append("    • ").append(c.text()).append('\n');
                sb.append("      目标 target: ");
                if (c.value() == null) {
                    sb.append("未量化 none");
                } else {
                    sb.append(c.comparator()).append(' ').append(num(c.value()));
                    if (c.max() != null) {
                        sb.append("–").append(num(c.max()));
                    }
                    sb.append(' ').append(orDash(c.unit()));
                }
                sb.append("；时限 deadline: ").append(c.deadline() == null ? "-" : c.deadline()).append('\n');
            }
            sb.append("  ── 审读意见 findings (").append(r.findings().size()).append(")\n");
            for (Finding f : r.findings()) {
                sb.append("    [").append(f.severity()).append("] ").append(f.rule()).append(" @").append(f.start())
                        .append(": ").append(f.message()).append('\n');
                if (!f.text().isEmpty()) {
                    sb.append("      原文: ").append(f.text()).append('\n');
                }
                if (f.fix() != null) {
                    sb.append("      建议: ").append(f.fix().isEmpty() ? "（删除）" : f.fix()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String num(BigDecimal v) {
        StringBuilder sb = new StringBuilder();
        AnalysisJson.number(sb, v);
        return sb.toString();
    }
}
