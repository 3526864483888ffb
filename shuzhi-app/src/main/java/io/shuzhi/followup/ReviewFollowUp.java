package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.commitment.CommitmentService;
import io.shuzhi.commitment.CommitmentStatus;
import io.shuzhi.commitment.Comparator;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.rectification.ProblemStatus;
import io.shuzhi.review.CommitmentAdoption;
import io.shuzhi.review.FollowUpLookup;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The review feature's hooks answered from the follow-up ledgers: a commitment found by the analyser is adopted
 * as a tracked commitment, and the year-over-year view learns whether last year's commitments were kept and
 * problems closed out (matched on their text, as the analyser and the report state them).
 */
@Component
class ReviewFollowUp implements CommitmentAdoption, FollowUpLookup {

    private final CommitmentService commitments;
    private final ProblemService problems;

    ReviewFollowUp(CommitmentService commitments, ProblemService problems) {
        this.commitments = commitments;
        this.problems = problems;
    }

    /**
     * The analyser's comparator is kept (不超过 stays AT_MOST, 约 stays APPROX), except that a plain number is read as
     * a floor: a promise to build 20 is kept by building 20 or more. A range stays a RANGE; an unquantified
     * commitment has no target.
     */
    @Override
    public long adopt(Caller caller, long reportId, long organizationId, int year, String text, BigDecimal target,
                      BigDecimal targetMax, String unit, String analysed, LocalDate deadline) {
        return commitments.adopt(caller, organizationId, text, target, targetMax, unit,
                comparatorOf(target, targetMax, analysed), deadline,
                "report:" + reportId).commitment().id();
    }

    static Comparator comparatorOf(BigDecimal target, BigDecimal targetMax, String analysed) {
        if (target == null) {
            return null;
        }
        if (targetMax != null) {
            return Comparator.RANGE;
        }
        if (analysed == null || analysed.equals("EXACT")) {
            return Comparator.AT_LEAST;
        }
        try {
            return Comparator.valueOf(analysed);
        } catch (IllegalArgumentException unknown) {
            return Comparator.AT_LEAST;
        }
    }

    /**
     * A commitment made in the report of {@code year} is usually due the year after, and a problem raised from it is
     * recorded in the year it was raised: both years are searched, the text identifies the item.
     */
    @Override
    public Optional<Boolean> commitmentKept(long organizationId, int year, String commitmentText) {
        return Stream.concat(commitments.outcomesFor(organizationId, year).stream(),
                        commitments.outcomesFor(organizationId, year + 1).stream())
                .filter(c -> same(c.text(), commitmentText)).findFirst()
                .map(c -> c.status() == CommitmentStatus.FULFILLED);
    }

    @Override
    public Optional<Boolean> problemClosedOut(long organizationId, int year, String problemText) {
        return Stream.concat(problems.statusFor(organizationId, year).stream(),
                        problems.statusFor(organizationId, year + 1).stream())
                .filter(p -> same(p.description(), problemText)).findFirst()
                .map(p -> p.status() == ProblemStatus.CLOSED);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equals(b.strip());
    }
}
