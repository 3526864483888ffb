package io.shuzhi.analysis.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every per-report check; findings come back ordered by position. Immutable and thread-safe. */
public final class ReportLinter {

    private final List<ReportCheck> checks = List.of(new MissingSectionCheck(), new RepeatedPassageCheck(),
            PhraseCheck.typos(), PhraseCheck.grammar(), new MixedQuotesCheck(), new VagueProblemCheck(),
            new CommitmentCheck());

    public List<Finding> check(ReportContext report) {
        List<Finding> out = new ArrayList<>();
        for (ReportCheck c : checks) {
            out.addAll(c.check(report));
        }
        out.sort(FINDING_ORDER);
        return out;
    }

    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::rule);
}
