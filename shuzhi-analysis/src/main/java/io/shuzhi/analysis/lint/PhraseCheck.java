package io.shuzhi.analysis.lint;

import java.util.ArrayList;
import java.util.List;

/** Flags phrases from a wrong→right table: typos.tsv (TYPO, WARNING) and grammar.tsv (GRAMMAR, INFO). */
final class PhraseCheck implements ReportCheck {

    private final PhraseTable table;
    private final FindingRule rule;
    private final Severity severity;

    private PhraseCheck(String file, FindingRule rule, Severity severity) {
        this.table = new PhraseTable(file);
        this.rule = rule;
        this.severity = severity;
    }

    static PhraseCheck typos() {
        return new PhraseCheck("typos.tsv", FindingRule.TYPO, Severity.WARNING);
    }

    static PhraseCheck grammar() {
        return new PhraseCheck("grammar.tsv", FindingRule.GRAMMAR, Severity.INFO);
    }

    @Override
    public List<Finding> check(ReportContext report) {
        List<Finding> out = new ArrayList<>();
        table.scan(report.docText(), report.start(), report.end(), (entry, start) -> out.add(new Finding(rule, severity,
                (rule == FindingRule.TYPO ? "疑似错别字：“" : "疑似语病：“") + entry.wrong() + "”应为“" + entry.right() + "”",
                entry.wrong(), entry.right(), start, start + entry.wrong().length())));
        return out;
    }
}
