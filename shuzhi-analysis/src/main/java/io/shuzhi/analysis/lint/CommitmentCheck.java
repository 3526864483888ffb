package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import io.shuzhi.analysis.section.SectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Commitments must be checkable: a measures point without any target (one finding per point, not per
 * clause) and a quantified commitment without a deadline are both reported.
 */
final class CommitmentCheck implements ReportCheck {

    @Override
    public List<Finding> check(ReportContext report) {
        List<Finding> out = new ArrayList<>();
        for (Section s : report.sections()) {
            if (s.kind() != SectionKind.MEASURES) {
                continue;
            }
            for (SectionItem item : s.items()) {
                if (!hasTarget(report, item)) {
                    int[] span = ItemHeadings.span(report.docText(), item);
                    out.add(new Finding(FindingRule.UNQUANTIFIED_COMMITMENT, Severity.INFO,
                            "措施未量化：这一条措施没有任何可考核的目标数字，建议明确数量和标准",
                            report.docText().substring(span[0], span[1]), null, span[0], span[1]));
                }
            }
        }
        for (Commitment c : report.commitments()) {
            if (c.isQuantified() && c.deadline() == null) {
                out.add(new Finding(FindingRule.COMMITMENT_WITHOUT_DEADLINE, Severity.INFO,
                        "承诺缺少时限：已有量化目标，但没有明确完成时间",
                        c.text(), null, c.start(), c.end()));
            }
        }
        return out;
    }

    private static boolean hasTarget(ReportContext report, SectionItem item) {
        return QuantitySpans.anyWithin(report.quantities(), item.start(), item.end());
    }
}
