package io.shuzhi.analysis.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * When a report quotes with full-width “” but also with ASCII "", each ASCII-quoted span is flagged with
 * the full-width form as fix. Pairs are matched within one line and at most 80 chars apart.
 */
final class MixedQuotesCheck implements ReportCheck {

    private static final int MAX_QUOTED = 80;

    @Override
    public List<Finding> check(ReportContext report) {
        String text = report.docText();
        boolean fullWidth = false;
        for (int i = report.start(); i < report.end(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”') {
                fullWidth = true;
                break;
            }
        }
        if (!fullWidth) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        int open = -1;
        for (int i = report.start(); i < report.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else if (i - open <= MAX_QUOTED) {
                    String inner = text.substring(open + 1, i);
                    out.add(new Finding(FindingRule.MIXED_QUOTES, Severity.WARNING,
                            "引号不统一：同一篇报告中混用了英文半角引号和中文全角引号，应统一使用“”",
                            text.substring(open, i + 1), "“" + inner + "”", open, i + 1));
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        return out;
    }
}
