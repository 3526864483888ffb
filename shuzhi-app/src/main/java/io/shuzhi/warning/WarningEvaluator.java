package io.shuzhi.warning;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The colour a subject earns: the worst colour among the rules that fire (the first such rule names the cause). */
final class WarningEvaluator {

    private WarningEvaluator() {
    }

    static Optional<WarningRule> evaluate(List<WarningRule> rules, Subject subject) {
        return rules.stream().filter(r -> r.fires(subject))
                .max(Comparator.comparing(WarningRule::color));
    }
}
