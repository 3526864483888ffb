package io.shuzhi.evaluation;

import io.shuzhi.shared.DomainException.FieldProblem;
import io.shuzhi.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one campaign turns ratings and routine scores into grades. Data, not code: every number here is a local
 * choice (see DOMAIN.md), stored with the campaign and versioned, so a result can always be recomputed.
 *
 * @param gradePoints   points per grade: 100/80/60/0, or coefficients such as 1.0/0.8/0.6/0.4
 * @param groups        the default evaluator groups and weights offered when a ballot session is opened
 * @param ballotWeight  weight of the ballot score in the total
 * @param routineWeight weight of the routine assessment (日常考核) in the total
 * @param gradeBands    minimum totals per grade; below all of them is 差
 * @param caps          overrides that cap a grade when too many ratings are of one kind
 * @param consequences  accountability actions by rank or grade
 */
public record EvaluationScheme(Map<Grade, BigDecimal> gradePoints, List<EvaluatorGroup> groups, BigDecimal ballotWeight,
                               BigDecimal routineWeight, List<GradeBand> gradeBands, List<GradeCap> caps,
                               List<ConsequenceRule> consequences) {

    public EvaluationScheme {
        gradePoints = gradePoints == null ? Map.of() : Map.copyOf(gradePoints);
        groups = groups == null ? List.of() : List.copyOf(groups);
        gradeBands = gradeBands == null ? List.of() : List.copyOf(gradeBands);
        caps = caps == null ? List.of() : List.copyOf(caps);
        consequences = consequences == null ? List.of() : List.copyOf(consequences);
    }

    /** The most common local scheme: 100/80/60/0, ballot 40% and routine 60%, bands 90/80/60, bottom one 约谈. */
    public static EvaluationScheme defaults() {
        Map<Grade, BigDecimal> points = new EnumMap<>(Grade.class);
        points.put(Grade.GOOD, new BigDecimal("100"));
        points.put(Grade.FAIRLY_GOOD, new BigDecimal("80"));
        points.put(Grade.AVERAGE, new BigDecimal("60"));
        points.put(Grade.POOR, BigDecimal.ZERO);
        return new EvaluationScheme(points,
                List.of(new EvaluatorGroup("市委常委", BigDecimal.ONE), new EvaluatorGroup("基层党员群众代表", BigDecimal.ONE)),
                new BigDecimal("0.4"), new BigDecimal("0.6"),
                List.of(new GradeBand(Grade.GOOD, new BigDecimal("90")), new GradeBand(Grade.FAIRLY_GOOD, new BigDecimal("80")),
                        new GradeBand(Grade.AVERAGE, new BigDecimal("60"))),
                List.of(), List.of(new ConsequenceRule(1, null, AccountabilityAction.ADMONITION_TALK)));
    }

    /** This scheme with every missing part taken from {@link #defaults()}. Caps stay empty unless given. */
    public EvaluationScheme withDefaults() {
        EvaluationScheme d = defaults();
        Map<Grade, BigDecimal> points = new EnumMap<>(Grade.class);
        points.putAll(d.gradePoints);
        points.putAll(gradePoints);
        return new EvaluationScheme(points, groups.isEmpty() ? d.groups : groups,
                ballotWeight == null ? d.ballotWeight : ballotWeight, routineWeight == null ? d.routineWeight : routineWeight,
                gradeBands.isEmpty() ? d.gradeBands : gradeBands, caps, consequences);
    }

    /** Refuses a scheme that cannot produce a meaningful result, naming each bad part. */
    public EvaluationScheme validated() {
        List<FieldProblem> problems = new ArrayList<>();
        gradePoints.forEach((g, p) -> {
            if (p == null || p.signum() < 0) {
                problems.add(new FieldProblem("scheme.gradePoints." + g, "等次分值不能为负 / Grade points must not be negative"));
            }
        });
        if (ballotWeight == null || ballotWeight.signum() < 0 || routineWeight == null || routineWeight.signum() < 0
                || ballotWeight.add(routineWeight).signum() <= 0) {
            problems.add(new FieldProblem("scheme.ballotWeight", "权重不能为负，且至少一项大于0 / Weights must be non-negative and not all zero"));
        }
        for (int i = 0; i < groups.size(); i++) {
            EvaluatorGroup g = groups.get(i);
            if (g.name() == null || g.name().isBlank() || g.weight() == null || g.weight().signum() <= 0) {
                problems.add(new FieldProblem("scheme.groups[" + i + "]", "测评组需要名称和正权重 / A group needs a name and a positive weight"));
            }
        }
        for (int i = 0; i < gradeBands.size(); i++) {
            GradeBand b = gradeBands.get(i);
            if (b.grade() == null || b.min() == null) {
                problems.add(new FieldProblem("scheme.gradeBands[" + i + "]", "等次线需要等次和分数 / A band needs a grade and a minimum"));
            }
        }
        for (int i = 0; i < caps.size(); i++) {
            GradeCap c = caps.get(i);
            if (c.grade() == null || c.cap() == null || c.shareAbove() == null || c.shareAbove().signum() < 0
                    || c.shareAbove().compareTo(BigDecimal.ONE) > 0) {
                problems.add(new FieldProblem("scheme.caps[" + i + "]", "封顶规则需要等次、0–1之间的比例和封顶等次 / A cap needs a grade, a share in 0–1 and the cap"));
            }
        }
        for (int i = 0; i < consequences.size(); i++) {
            ConsequenceRule r = consequences.get(i);
            boolean oneCriterion = (r.bottom() == null) != (r.gradeAtOrBelow() == null);
            if (r.action() == null || !oneCriterion || (r.bottom() != null && r.bottom() < 1)) {
                problems.add(new FieldProblem("scheme.consequences[" + i + "]",
                        "问责规则需要处理方式，以及“倒数N名”或“等次不高于”之一 / A rule needs an action and exactly one of bottom (≥1) or gradeAtOrBelow"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("campaign.invalid-scheme", "评价方案有误 / Invalid evaluation scheme", problems);
        }
        return this;
    }

    public BigDecimal points(Grade grade) {
        return gradePoints.getOrDefault(grade, BigDecimal.ZERO);
    }
}
