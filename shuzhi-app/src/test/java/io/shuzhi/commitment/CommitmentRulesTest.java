package io.shuzhi.commitment;

import io.shuzhi.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.shuzhi.commitment.CommitmentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitmentRulesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final CommitmentJudge JUDGE = new CommitmentJudge(30, new BigDecimal("0.10"), ZONE);
    static final Instant CREATED = LocalDate.of(2015, 1, 10).atStartOfDay(ZONE).toInstant();
    static final LocalDate DEADLINE = LocalDate.of(2015, 12, 31);

    static Commitment commitment(Target target, Integer reached, Instant lastProgress) {
        return new Commitment(1, 1, "张三", "承诺", target, DEADLINE, Period.ONCE, CommitmentSource.MANUAL, null, CREATED,
                null, null, null, null, reached == null ? null : BigDecimal.valueOf(reached), lastProgress, reached == null ? 0 : 1);
    }

    static Instant on(int month, int day) {
        return LocalDate.of(month > 12 ? 2016 : 2015, month > 12 ? month - 12 : month, day).atStartOfDay(ZONE).plusHours(12).toInstant();
    }

    static Target target(int value, Integer max, Comparator comparator) {
        return new Target(BigDecimal.valueOf(value), max == null ? null : BigDecimal.valueOf(max), "个", comparator);
    }

    @Test
    void comparatorsMeetTheirTargets() {
        BigDecimal tol = new BigDecimal("0.10");
        assertThat(Comparator.EXACT.isMet(BigDecimal.valueOf(5), BigDecimal.valueOf(5), null, tol)).isTrue();
        assertThat(Comparator.MORE_THAN.isMet(BigDecimal.valueOf(5), BigDecimal.valueOf(5), null, tol)).isFalse();
        assertThat(Comparator.AT_LEAST.isMet(BigDecimal.valueOf(5), BigDecimal.valueOf(5), null, tol)).isTrue();
        assertThat(Comparator.AT_MOST.isMet(BigDecimal.valueOf(6), BigDecimal.valueOf(5), null, tol)).isFalse();
        assertThat(Comparator.RANGE.isMet(BigDecimal.valueOf(4), BigDecimal.valueOf(3), BigDecimal.valueOf(5), tol)).isTrue();
        assertThat(Comparator.RANGE.isMet(BigDecimal.valueOf(6), BigDecimal.valueOf(3), BigDecimal.valueOf(5), tol)).isFalse();
        assertThat(Comparator.APPROX.isMet(BigDecimal.valueOf(91), BigDecimal.valueOf(100), null, tol)).isTrue(); // |91−100| ≤ 10
        assertThat(Comparator.APPROX.isMet(BigDecimal.valueOf(89), BigDecimal.valueOf(100), null, tol)).isFalse();
        assertThat(Comparator.AT_LEAST.isMet(null, BigDecimal.ONE, null, tol)).isFalse();
    }

    @Test
    void quantifiedCommitmentsAreJudgedAgainstTheirTarget() {
        Target atLeast5 = target(5, null, Comparator.AT_LEAST);
        assertThat(JUDGE.judge(commitment(atLeast5, 5, on(6, 1)), on(6, 2))).isEqualTo(FULFILLED);
        assertThat(JUDGE.judge(commitment(atLeast5, 3, on(6, 1)), on(6, 2))).isEqualTo(IN_PROGRESS);
        assertThat(JUDGE.judge(commitment(atLeast5, 3, on(12, 20)), on(13, 2))).isEqualTo(PARTLY_FULFILLED);
        // past the deadline with no progress: never BROKEN by machine; stays open (unrated) until a person rates it
        assertThat(JUDGE.judge(commitment(atLeast5, null, null), on(13, 2))).isEqualTo(STALLED);
        assertThat(JUDGE.judge(commitment(atLeast5, null, null), on(13, 2)).rated()).isFalse();
    }

    @Test
    void anUpperBoundIsOnlyJudgedFromTheDeadline() {
        Target atMost2 = target(2, null, Comparator.AT_MOST);
        assertThat(JUDGE.judge(commitment(atMost2, 1, on(12, 20)), on(12, 21))).isEqualTo(IN_PROGRESS);
        assertThat(JUDGE.judge(commitment(atMost2, 1, on(12, 20)), on(12, 31))).isEqualTo(FULFILLED);
    }

    @Test
    void noProgressForTheStallPeriodIsStalled() {
        assertThat(JUDGE.judge(commitment(null, null, null), CREATED.plusSeconds(30L * 86400))).isEqualTo(NOT_STARTED);
        assertThat(JUDGE.judge(commitment(null, null, null), CREATED.plusSeconds(31L * 86400))).isEqualTo(STALLED);
        assertThat(JUDGE.judge(commitment(null, 1, on(3, 1)), on(3, 20))).isEqualTo(IN_PROGRESS);
        assertThat(JUDGE.judge(commitment(null, 1, on(3, 1)), on(4, 5))).isEqualTo(STALLED);
    }

    @Test
    void brokenAndOverridesNeedAReason() {
        Commitment c = commitment(target(5, null, Comparator.AT_LEAST), 5, on(6, 1));
        assertThat(JUDGE.reasonRequired(c, FULFILLED, on(6, 2))).isFalse(); // confirms the judgement
        assertThat(JUDGE.reasonRequired(c, PARTLY_FULFILLED, on(6, 2))).isTrue(); // overrides it
        assertThat(JUDGE.reasonRequired(commitment(null, null, null), BROKEN, on(13, 2))).isTrue();
    }

    @Test
    void fulfilmentRateIsFulfilledOverRatedWithUnratedApart() {
        FulfilmentRate r = FulfilmentRate.of(List.of(FULFILLED, FULFILLED, PARTLY_FULFILLED, BROKEN, UNVERIFIABLE, IN_PROGRESS, STALLED, NOT_STARTED));
        assertThat(r.rated()).isEqualTo(5);
        assertThat(r.fulfilled()).isEqualTo(2);
        assertThat(r.rate()).isEqualByComparingTo("0.4"); // 2 / 5
        assertThat(r.unrated()).isEqualTo(3);
        assertThat(FulfilmentRate.of(List.of(IN_PROGRESS)).rate()).isNull();
    }

    @Test
    void aTargetNeedsValueAndComparatorTogether() {
        assertThat(Target.ofNullable(null, null, "个", null)).isNull();
        assertThatThrownBy(() -> Target.ofNullable(BigDecimal.ONE, null, "个", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Target.ofNullable(BigDecimal.TEN, BigDecimal.ONE, "个", Comparator.RANGE)).isInstanceOf(InvalidInputException.class);
    }
}
