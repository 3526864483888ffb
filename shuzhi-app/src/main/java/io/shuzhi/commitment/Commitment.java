package io.shuzhi.commitment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public commitment. {@code latestValue}/{@code lastProgressAt}/{@code progressCount} summarise its progress
 * entries; {@code ratedStatus} is the human rating, if any, which wins over the automatic judgement.
 */
public record Commitment(long id, long organizationId, String owner, String text, Target target, LocalDate deadline,
                         Period period, CommitmentSource source, String sourceRef, Instant createdAt,
                         CommitmentStatus ratedStatus, String ratingReason, String ratedBy, Instant ratedAt,
                         java.math.BigDecimal latestValue, Instant lastProgressAt, int progressCount) {

    public boolean quantified() {
        return target != null;
    }

    /** The rating if someone rated it, else what the rules say today. */
    public CommitmentStatus status(CommitmentJudge judge, Instant now) {
        return ratedStatus != null ? ratedStatus : judge.judge(this, now);
    }
}
