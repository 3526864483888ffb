package io.shuzhi.workrecord;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the work records need to know of a commitment (owned by the follow-up feature): where it was made, what it
 * promises and by when. {@code since} is when it was made; records count from the first of January of that year
 * up to the deadline.
 */
public record CommitmentTarget(long commitmentId, long organizationId, String text, BigDecimal value, String unit,
                               LocalDate since, LocalDate deadline) {
}
