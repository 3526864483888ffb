package io.shuzhi.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.shuzhi.evaluation.Grade.AVERAGE;
import static io.shuzhi.evaluation.Grade.FAIRLY_GOOD;
import static io.shuzhi.evaluation.Grade.GOOD;
import static io.shuzhi.evaluation.Grade.POOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluatorTest {

    static final Map<String, BigDecimal> WEIGHTS = Map.of("常委", new BigDecimal("2"), "群众", BigDecimal.ONE);

    static Map<Grade, Integer> counts(int good, int fairlyGood, int average, int poor) {
        Map<Grade, Integer> m = new EnumMap<>(Grade.class);
        m.put(GOOD, good);
        m.put(FAIRLY_GOOD, fairlyGood);
        m.put(AVERAGE, average);
        m.put(POOR, poor);
        return m;
    }

    static ReporterTally tally(long id, Map<Grade, Integer> leaders, Map<Grade, Integer> masses, String routine) {
        return new ReporterTally(id, id * 10, Map.of("常委", leaders, "群众", masses), routine == null ? null : new BigDecimal(routine));
    }

    static Evaluation of(List<Evaluation> all, long id) {
        return all.stream().filter(e -> e.reportId() == id).findFirst().orElseThrow();
    }

    @Test
    void groupMeanIsTheMeanOfGradePoints() {
        GroupResult g = new Evaluator(EvaluationScheme.defaults()).groupResult("群众", BigDecimal.ONE, counts(2, 1, 1, 0));
        // (2·100 + 80 + 60) / 4 = 85
        assertThat(g.mean()).isEqualByComparingTo("85");
        assertThat(g.goodShare()).isEqualByComparingTo("0.5");
        assertThat(g.ratings()).isEqualTo(4);
    }

    @Test
    void ballotScoreWeighsGroupMeansAndTotalWeighsComponents() {
        // 常委 mean (100+80)/2 = 90, weight 2; 群众 mean (60+0)/2 = 30, weight 1 → ballot (2·90 + 30)/3 = 70
        // total = (0.4·70 + 0.6·90) / 1.0 = 82 → 较好
        Evaluation e = new Evaluator(EvaluationScheme.defaults())
                .evaluate(List.of(tally(1, counts(1, 1, 0, 0), counts(0, 0, 1, 1), "90")), WEIGHTS).get(0);
        assertThat(e.ballotScore()).isEqualByComparingTo("70");
        assertThat(e.totalScore()).isEqualByComparingTo("82");
        assertThat(e.grade()).isEqualTo(FAIRLY_GOOD);
        assertThat(e.gradeCounts()).isEqualTo(counts(1, 1, 1, 1));
    }

    @Test
    void aGroupThatDidNotRateDropsOutOfTheBallotScore() {
        Evaluation e = new Evaluator(EvaluationScheme.defaults())
                .evaluate(List.of(tally(1, counts(0, 0, 0, 0), counts(1, 0, 0, 0), null)), WEIGHTS).get(0);
        assertThat(e.ballotScore()).isEqualByComparingTo("100");
        // no routine score: the total is the ballot score alone
        assertThat(e.totalScore()).isEqualByComparingTo("100");
        assertThat(e.routineScore()).isNull();
    }

    @Test
    void bandsDecideTheGradeAndBelowAllBandsIsPoor() {
        Evaluator ev = new Evaluator(EvaluationScheme.defaults());
        assertThat(ev.band(new BigDecimal("90"))).isEqualTo(GOOD);
        assertThat(ev.band(new BigDecimal("89.9999"))).isEqualTo(FAIRLY_GOOD);
        assertThat(ev.band(new BigDecimal("60"))).isEqualTo(AVERAGE);
        assertThat(ev.band(new BigDecimal("59.99"))).isEqualTo(POOR);
    }

    @Test
    void tooManyPoorVotesCapTheGrade() {
        EvaluationScheme s = new EvaluationScheme(null, null, null, null, null,
                List.of(new GradeCap(POOR, new BigDecimal("0.2"), AVERAGE)), null).withDefaults();
        // 常委 2×好 → 100; 群众 2×好 + 1×差 → 66.67; ballot (200 + 66.67)/3 = 88.89; total 0.4·88.89 + 0.6·100 = 95.56 → 好
        // but 差 share = 1/5 = 0.2, not above 0.2: no cap
        Evaluation notCapped = new Evaluator(s).evaluate(List.of(tally(1, counts(2, 0, 0, 0), counts(2, 0, 0, 1), "100")), WEIGHTS).get(0);
        assertThat(notCapped.grade()).isEqualTo(GOOD);
        // 2 差 of 6 = 0.33 > 0.2: capped at 一般 although the bands say 好 or 较好
        Evaluation capped = new Evaluator(s).evaluate(List.of(tally(1, counts(2, 0, 0, 0), counts(2, 0, 0, 2), "100")), WEIGHTS).get(0);
        assertThat(capped.bandGrade()).isIn(GOOD, FAIRLY_GOOD);
        assertThat(capped.grade()).isEqualTo(AVERAGE);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Evaluation> all = new Evaluator(EvaluationScheme.defaults()).evaluate(List.of(
                tally(1, counts(1, 0, 0, 0), counts(1, 0, 0, 0), "100"),
                tally(2, counts(0, 1, 0, 0), counts(0, 1, 0, 0), "80"),
                tally(3, counts(0, 1, 0, 0), counts(0, 1, 0, 0), "80"),
                tally(4, counts(0, 0, 1, 0), counts(0, 0, 1, 0), "60")), WEIGHTS);
        assertThat(all).extracting(Evaluation::rank).containsExactly(1, 2, 2, 4);
        assertThat(all).extracting(Evaluation::reportId).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void bottomNConsequencesIncludeEveryoneTiedIntoTheBottom() {
        EvaluationScheme s = new EvaluationScheme(null, null, null, null, null, null,
                List.of(new ConsequenceRule(1, null, AccountabilityAction.ADMONITION_TALK),
                        new ConsequenceRule(null, POOR, AccountabilityAction.DISQUALIFY_HONOURS))).withDefaults();
        List<Evaluation> all = new Evaluator(s).evaluate(List.of(
                tally(1, counts(1, 0, 0, 0), counts(1, 0, 0, 0), "100"),
                tally(2, counts(0, 0, 0, 1), counts(0, 0, 0, 1), "50"),
                tally(3, counts(0, 0, 0, 1), counts(0, 0, 0, 1), "50")), WEIGHTS);
        // ranks 1, 2, 2; bottom 1 means rank > 3 − 1 = 2: nobody is strictly below rank 2, so the tie escapes
        assertThat(of(all, 2).rank()).isEqualTo(2);
        assertThat(of(all, 2).consequences()).containsExactly(AccountabilityAction.DISQUALIFY_HONOURS);
        assertThat(of(all, 1).consequences()).isEmpty();

        List<Evaluation> four = new Evaluator(s).evaluate(List.of(
                tally(1, counts(1, 0, 0, 0), counts(1, 0, 0, 0), "100"),
                tally(2, counts(1, 0, 0, 0), counts(1, 0, 0, 0), "90"),
                tally(3, counts(0, 1, 0, 0), counts(0, 1, 0, 0), "80"),
                tally(4, counts(0, 0, 1, 0), counts(0, 0, 1, 0), "70")), WEIGHTS);
        assertThat(of(four, 4).consequences()).containsExactly(AccountabilityAction.ADMONITION_TALK);
        assertThat(of(four, 3).consequences()).isEmpty();
    }

    @Test
    void coefficientStylePointsWork() {
        Map<Grade, BigDecimal> coefficients = Map.of(GOOD, new BigDecimal("1.0"), FAIRLY_GOOD, new BigDecimal("0.8"),
                AVERAGE, new BigDecimal("0.6"), POOR, new BigDecimal("0.4"));
        EvaluationScheme s = new EvaluationScheme(coefficients, null, BigDecimal.ONE, BigDecimal.ZERO,
                List.of(new GradeBand(GOOD, new BigDecimal("0.9")), new GradeBand(FAIRLY_GOOD, new BigDecimal("0.8")),
                        new GradeBand(AVERAGE, new BigDecimal("0.6"))), null, null).withDefaults();
        // 常委 (1.0 + 0.8)/2 = 0.9 ×2; 群众 (0.6 + 0.4)/2 = 0.5 ×1 → (1.8 + 0.5)/3 = 0.7667
        Evaluation e = new Evaluator(s).evaluate(List.of(tally(1, counts(1, 1, 0, 0), counts(0, 0, 1, 1), "95")), WEIGHTS).get(0);
        assertThat(e.ballotScore()).isEqualByComparingTo("0.7667");
        // routine weight 0: the total is the ballot score
        assertThat(e.totalScore()).isEqualByComparingTo("0.7667");
        assertThat(e.grade()).isEqualTo(AVERAGE);
    }

    @Test
    void missingSchemePartsTakeTheDefaults() {
        EvaluationScheme s = new EvaluationScheme(Map.of(POOR, new BigDecimal("20")), null, null, null, null, null, null).withDefaults();
        assertThat(s.points(GOOD)).isEqualByComparingTo("100");
        assertThat(s.points(POOR)).isEqualByComparingTo("20");
        assertThat(s.ballotWeight()).isEqualByComparingTo("0.4");
        assertThat(s.gradeBands()).hasSize(3);
    }

    @Test
    void aSchemeWithoutUsableWeightsIsRefused() {
        EvaluationScheme s = new EvaluationScheme(null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                List.of(new ConsequenceRule(null, null, AccountabilityAction.WARNING_TALK))).withDefaults();
        assertThatThrownBy(s::validated).isInstanceOf(io.shuzhi.shared.InvalidInputException.class)
                .satisfies(e -> assertThat(((io.shuzhi.shared.InvalidInputException) e).fieldProblems()).hasSize(2));
    }
}
