package io.shuzhi.analysis.lint;

import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A report must have highlights, problems and measures (ERROR); the reflection on causes is expected too (WARNING). */
final class MissingSectionCheck implements ReportCheck {

    @Override
    public List<Finding> check(ReportContext report) {
        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        for (Section s : report.sections()) {
            present.add(s.kind());
        }
        return EnumSet.allOf(SectionKind.class).stream()
                .filter(kind -> !present.contains(kind))
                .map(kind -> new Finding(FindingRule.MISSING_SECTION,
                        kind == SectionKind.CAUSES ? Severity.WARNING : Severity.ERROR,
                        "述职报告缺少“" + label(kind) + "”部分", "", null, report.start(), report.start()))
                .toList();
    }

    private static String label(SectionKind kind) {
        return switch (kind) {
            case HIGHLIGHTS -> "履职工作的特色和亮点";
            case PROBLEMS -> "存在的主要问题";
            case CAUSES -> "问题产生的原因";
            case MEASURES -> "下步工作思路和措施";
        };
    }
}
