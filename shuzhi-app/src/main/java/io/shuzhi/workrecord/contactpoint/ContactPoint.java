package io.shuzhi.workrecord.contactpoint;

import java.time.LocalDate;

/** A grassroots organization assigned to a leader: a 联系点, or a weak one the leader sponsors (包保). */
public record ContactPoint(long id, long leaderUserId, String leaderName, long organizationId, String organizationName, Kind kind,
                    LocalDate since, LocalDate until, String note) {

    public enum Kind { CONTACT_POINT, SPONSOR }
}
