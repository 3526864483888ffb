package io.shuzhi.workrecord;

import java.util.List;

/**
 * A work record was added, changed or removed. Published inside the transaction that made the change, so the
 * commitments linked to a counter move in step with the records (see {@link io.shuzhi.workrecord.counter.CounterLinks}).
 *
 * @param recordType      e.g. {@code FieldVisit}
 * @param recordId        the record's id
 * @param leaderUserId    the leader the record counts for, or null
 * @param organizationIds the organizations the record counts in
 */
public record WorkRecordChanged(String recordType, long recordId, Long leaderUserId, List<Long> organizationIds) {

    public WorkRecordChanged {
        organizationIds = List.copyOf(organizationIds);
    }

    /**
     * The announcements of a corrected record: one when it still counts for the same leader (over the old and new
     * places together), else one for the old leader and places and one for the new.
     */
    public static List<WorkRecordChanged> ofCorrection(String recordType, long recordId, Long leaderBefore,
                                                       List<Long> organizationsBefore, Long leaderAfter, List<Long> organizationsAfter) {
        if (java.util.Objects.equals(leaderBefore, leaderAfter)) {
            var all = new java.util.LinkedHashSet<>(organizationsBefore);
            all.addAll(organizationsAfter);
            return List.of(new WorkRecordChanged(recordType, recordId, leaderAfter, List.copyOf(all)));
        }
        return List.of(new WorkRecordChanged(recordType, recordId, leaderBefore, organizationsBefore),
                new WorkRecordChanged(recordType, recordId, leaderAfter, organizationsAfter));
    }
}
