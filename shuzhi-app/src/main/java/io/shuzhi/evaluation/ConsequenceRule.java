package io.shuzhi.evaluation;

/**
 * Who gets an accountability action: the bottom {@code bottom} of the ranking, or everyone graded at or below
 * {@code gradeAtOrBelow}. Exactly one of the two is set.
 */
public record ConsequenceRule(Integer bottom, Grade gradeAtOrBelow, AccountabilityAction action) {

    public boolean appliesTo(int rank, int reporterCount, Grade grade) {
        if (bottom != null) {
            return rank > reporterCount - bottom;
        }
        return gradeAtOrBelow != null && grade != null && grade.isAtOrBelow(gradeAtOrBelow);
    }
}
