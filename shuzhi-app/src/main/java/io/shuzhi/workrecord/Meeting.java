package io.shuzhi.workrecord;

import java.time.LocalDate;

/** A committee or leading-group meeting that studied party building, held by {@code organizationId}. */
record Meeting(long id, long organizationId, String organizationName, MeetingKind kind, LocalDate date, Long chairUserId,
               String topics, String decisions) {
}
