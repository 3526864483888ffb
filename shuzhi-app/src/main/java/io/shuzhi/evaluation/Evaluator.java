package io.shuzhi.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The default arithmetic, driven entirely by an {@link EvaluationScheme}:
 * <ul>
 *   <li>a group's mean = the mean grade points of that group's ratings of the reporter;</li>
 *   <li>ballot score = Σ w_g·mean_g / Σ w_g over the groups that rated the reporter;</li>
 *   <li>total = (ballotWeight·ballot + routineWeight·routine) / (ballotWeight + routineWeight), a missing component
 *       dropping out of both sums;</li>
 *   <li>grade from the bands on the total, then capped by the scheme's caps;</li>
 *   <li>rank by total descending, equal totals sharing a rank (1, 2, 2, 4);</li>
 *   <li>consequences from the rules, by rank or grade.</li>
 * </ul>
 */
public final class Evaluator {

    /** Decimal places of every published score. */
    public static final int SCALE = 4;
    private static final MathContext EXACT = MathContext.DECIMAL64;

    private final EvaluationScheme scheme;

    public Evaluator(EvaluationScheme scheme) {
        this.scheme = scheme;
    }

    /** @param groupWeights the weight of each evaluator group, as frozen when the ballot session was opened */
    public List<Evaluation> evaluate(List<ReporterTally> tallies, Map<String, BigDecimal> groupWeights) {
        List<Scored> scored = tallies.stream().map(t -> score(t, groupWeights)).toList();
        int n = scored.size();
        List<Evaluation> result = new ArrayList<>();
        for (Scored s : scored) {
            int rank = rank(s.total, scored);
            Grade band = s.total == null ? null : band(s.total);
            Grade grade = band == null ? null : capped(band, s.gradeCounts);
            List<AccountabilityAction> actions = consequences(rank, n, grade);
            result.add(new Evaluation(s.tally.reportId(), s.tally.organizationId(), s.gradeCounts, s.groups, s.ballot,
                    round(s.tally.routineScore()), s.total, grade, band, rank, actions));
        }
        result.sort(Comparator.comparingInt(Evaluation::rank).thenComparingLong(Evaluation::reportId));
        return result;
    }

    private Scored score(ReporterTally tally, Map<String, BigDecimal> groupWeights) {
        Map<Grade, Integer> all = emptyCounts();
        List<GroupResult> groups = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (var entry : new java.util.TreeMap<>(tally.countsByGroup()).entrySet()) {
            BigDecimal weight = groupWeights.getOrDefault(entry.getKey(), BigDecimal.ONE);
            GroupResult g = groupResult(entry.getKey(), weight, entry.getValue());
            g.gradeCounts().forEach((grade, c) -> all.merge(grade, c, Integer::sum));
            groups.add(g);
            if (g.mean() != null) {
                weighted = weighted.add(weight.multiply(g.mean(), EXACT));
                weights = weights.add(weight);
            }
        }
        BigDecimal ballot = weights.signum() == 0 ? null : weighted.divide(weights, EXACT);
        BigDecimal total = combine(ballot, tally.routineScore());
        return new Scored(tally, all, groups, round(ballot), round(total));
    }

    GroupResult groupResult(String name, BigDecimal weight, Map<Grade, Integer> counts) {
        Map<Grade, Integer> c = emptyCounts();
        counts.forEach((g, k) -> c.merge(g, k, Integer::sum));
        int ratings = c.values().stream().mapToInt(Integer::intValue).sum();
        if (ratings == 0) {
            return new GroupResult(name, weight, c, 0, null, null);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : c.entrySet()) {
            sum = sum.add(scheme.points(e.getKey()).multiply(BigDecimal.valueOf(e.getValue())));
        }
        BigDecimal n = BigDecimal.valueOf(ratings);
        return new GroupResult(name, weight, c, ratings, sum.divide(n, EXACT),
                BigDecimal.valueOf(c.get(Grade.GOOD)).divide(n, EXACT).setScale(SCALE, RoundingMode.HALF_UP));
    }

    BigDecimal combine(BigDecimal ballot, BigDecimal routine) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        if (ballot != null) {
            sum = sum.add(scheme.ballotWeight().multiply(ballot, EXACT));
            weights = weights.add(scheme.ballotWeight());
        }
        if (routine != null) {
            sum = sum.add(scheme.routineWeight().multiply(routine, EXACT));
            weights = weights.add(scheme.routineWeight());
        }
        return weights.signum() == 0 ? null : sum.divide(weights, EXACT);
    }

    Grade band(BigDecimal total) {
        return scheme.gradeBands().stream()
                .filter(b -> total.compareTo(b.min()) >= 0)
                .map(GradeBand::grade)
                .min(Comparator.naturalOrder())
                .orElse(Grade.POOR);
    }

    Grade capped(Grade grade, Map<Grade, Integer> counts) {
        int ratings = counts.values().stream().mapToInt(Integer::intValue).sum();
        Grade result = grade;
        for (GradeCap cap : scheme.caps()) {
            if (ratings == 0) {
                break;
            }
            BigDecimal share = BigDecimal.valueOf(counts.getOrDefault(cap.grade(), 0)).divide(BigDecimal.valueOf(ratings), EXACT);
            if (share.compareTo(cap.shareAbove()) > 0) {
                result = result.cappedAt(cap.cap());
            }
        }
        return result;
    }

    /** 1 + the number of reporters with a strictly higher total; a reporter without a total ranks last. */
    static int rank(BigDecimal total, List<Scored> all) {
        if (total == null) {
            return (int) all.stream().filter(s -> s.total != null).count() + 1;
        }
        return 1 + (int) all.stream().filter(s -> s.total != null && s.total.compareTo(total) > 0).count();
    }

    List<AccountabilityAction> consequences(int rank, int reporters, Grade grade) {
        var actions = new LinkedHashSet<AccountabilityAction>();
        for (ConsequenceRule rule : scheme.consequences()) {
            if (rule.appliesTo(rank, reporters, grade)) {
                actions.add(rule.action());
            }
        }
        return List.copyOf(actions);
    }

    private static Map<Grade, Integer> emptyCounts() {
        Map<Grade, Integer> m = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            m.put(g, 0);
        }
        return m;
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    record Scored(ReporterTally tally, Map<Grade, Integer> gradeCounts, List<GroupResult> groups, BigDecimal ballot,
                  BigDecimal total) {
    }
}
