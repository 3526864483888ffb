package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import io.shuzhi.analysis.section.SectionKind;
import io.shuzhi.analysis.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/** A problem stated with no number at all ("问责不到位" without a case or a count) is hard to rectify or close out. */
final class VagueProblemCheck implements ReportCheck {

    @Override
    public List<Finding> check(ReportContext report) {
        List<Finding> out = new ArrayList<>();
        for (Section s : report.sections()) {
            if (s.kind() != SectionKind.PROBLEMS) {
                continue;
            }
            for (SectionItem item : s.items()) {
                if (!hasFact(report, item)) {
                    int[] span = ItemHeadings.span(report.docText(), item);
                    out.add(new Finding(FindingRule.VAGUE_PROBLEM, Severity.WARNING,
                            "问题查摆不具体：该问题没有列出具体事例或数据，建议用事实和数字说明",
                            report.docText().substring(span[0], span[1]), null, span[0], span[1]));
                }
            }
        }
        return out;
    }

    private static boolean hasFact(ReportContext report, SectionItem item) {
        if (QuantitySpans.anyWithin(report.quantities(), item.start(), item.end())) {
            return true;
        }
        String text = report.docText();
        for (int i = item.start(); i < item.end(); i++) {
            if (Punctuation.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
