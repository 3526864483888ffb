package io.shuzhi.commitment;

import java.math.BigDecimal;
import java.time.Instant;

/** One progress entry: the value reached so far (cumulative, not an increment), a note, optional evidence. */
public record Progress(long id, long commitmentId, BigDecimal value, String note, String evidenceKey, Instant recordedAt,
                       String recordedBy) {
}
