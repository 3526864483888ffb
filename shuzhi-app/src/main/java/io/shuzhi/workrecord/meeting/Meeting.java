package io.shuzhi.workrecord.meeting;

import java.time.LocalDate;

/** A committee or leading-group meeting that studied party building, held by {@code organizationId}. */
public record Meeting(long id, long organizationId, String organizationName, MeetingKind kind, LocalDate date, Long chairUserId,
               String topics, String decisions) {
}
