package io.shuzhi.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The automatic judgement of a commitment, from its target and progress:
 * <ol>
 * <li>quantified and the value reached meets the target → FULFILLED (an AT_MOST target only from the deadline on);</li>
 * <li>quantified, past the deadline, some progress but not met → PARTLY_FULFILLED;</li>
 * <li>no progress entry for {@code stallDays} (counted from the last entry, or from creation) → STALLED;</li>
 * <li>otherwise NOT_STARTED (no progress yet) or IN_PROGRESS.</li>
 * </ol>
 * BROKEN is never concluded by a machine: past the deadline with no progress, the commitment stays unrated (and
 * so outside the fulfilment rate, shown as "awaiting rating") until a person rates it BROKEN with a reason — a
 * missing progress entry may mean unrecorded work rather than a broken promise.
 */
public record CommitmentJudge(int stallDays, BigDecimal approxTolerance, ZoneId zone) {

    public CommitmentStatus judge(Commitment c, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        boolean pastDeadline = today.isAfter(c.deadline());
        Target t = c.target();
        if (t != null && (!t.comparator().judgedOnlyAtDeadline() || !today.isBefore(c.deadline()))
                && t.comparator().isMet(c.latestValue(), t.value(), t.max(), approxTolerance)) {
            return CommitmentStatus.FULFILLED;
        }
        if (t != null && pastDeadline && c.progressCount() > 0) {
            return CommitmentStatus.PARTLY_FULFILLED;
        }
        Instant lastActivity = c.lastProgressAt() != null ? c.lastProgressAt() : c.createdAt();
        if (lastActivity.plus(stallDays, ChronoUnit.DAYS).isBefore(now)) {
            return CommitmentStatus.STALLED;
        }
        return c.progressCount() == 0 ? CommitmentStatus.NOT_STARTED : CommitmentStatus.IN_PROGRESS;
    }

    /** A rating needs a reason when it is BROKEN, or when it differs from what the rules conclude (an override). */
    public boolean reasonRequired(Commitment c, CommitmentStatus rating, Instant now) {
        return rating == CommitmentStatus.BROKEN || rating != judge(c, now);
    }
}
