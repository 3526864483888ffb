package io.shuzhi.warning;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WarningRulesTest {

    static final List<WarningRule> RULES = List.of(
            new WarningRule("problem-overdue-30", SubjectType.PROBLEM, "OVERDUE_DAYS", ">", BigDecimal.valueOf(30), WarningColor.YELLOW),
            new WarningRule("problem-overdue-60", SubjectType.PROBLEM, "OVERDUE_DAYS", ">", BigDecimal.valueOf(60), WarningColor.RED),
            new WarningRule("commitment-stalled", SubjectType.COMMITMENT, "STALLED", "=", BigDecimal.ONE, WarningColor.BLUE));

    static Subject problem(int overdueDays) {
        return new Subject(SubjectType.PROBLEM, 1, 1, "P", "/p", Map.of("OVERDUE_DAYS", BigDecimal.valueOf(overdueDays)));
    }

    @Test
    void theWorstFiringRuleGivesTheColour() {
        assertThat(WarningEvaluator.evaluate(RULES, problem(30))).isEmpty();
        assertThat(WarningEvaluator.evaluate(RULES, problem(31))).map(WarningRule::color).contains(WarningColor.YELLOW);
        assertThat(WarningEvaluator.evaluate(RULES, problem(60))).map(WarningRule::color).contains(WarningColor.YELLOW);
        assertThat(WarningEvaluator.evaluate(RULES, problem(61))).map(WarningRule::code).contains("problem-overdue-60");
    }

    @Test
    void rulesApplyOnlyToTheirSubjectTypeAndKnownFacts() {
        Subject stalled = new Subject(SubjectType.COMMITMENT, 1, 1, "C", "/c", Map.of("STALLED", BigDecimal.ONE, "OVERDUE_DAYS", BigDecimal.valueOf(90)));
        assertThat(WarningEvaluator.evaluate(RULES, stalled)).map(WarningRule::color).contains(WarningColor.BLUE);
        assertThat(WarningEvaluator.evaluate(RULES, new Subject(SubjectType.MEMBER, 1, 1, "M", "/m", Map.of()))).isEmpty();
    }

    @Test
    void escalationMeansAWorseColour() {
        assertThat(WarningColor.RED.isWorseThan(WarningColor.YELLOW)).isTrue();
        assertThat(WarningColor.BLUE.isWorseThan(null)).isTrue();
        assertThat(WarningColor.YELLOW.isWorseThan(WarningColor.RED)).isFalse();
    }
}
