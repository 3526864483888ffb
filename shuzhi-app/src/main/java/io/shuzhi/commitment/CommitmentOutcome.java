package io.shuzhi.commitment;

import java.time.LocalDate;

/** A commitment with its outcome, for next year's report ("last year's commitments, kept or not"). */
public record CommitmentOutcome(long id, String text, LocalDate deadline, CommitmentStatus status, String ratingReason) {
}
