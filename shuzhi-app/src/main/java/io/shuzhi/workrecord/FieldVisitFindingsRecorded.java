package io.shuzhi.workrecord;

import java.util.List;

/**
 * The hook for turning what a leader found on a visit into problems: the follow-up feature listens to this event
 * and offers the findings as candidate problems for the organizations visited. Published only when the visit
 * has findings.
 */
public record FieldVisitFindingsRecorded(long fieldVisitId, Long leaderUserId, List<Long> organizationIds, String findings) {

    public FieldVisitFindingsRecorded {
        organizationIds = List.copyOf(organizationIds);
    }
}
