package io.shuzhi.workrecord;

import java.util.List;

/**
 * A work record was added, changed or removed. Published inside the transaction that made the change, so the
 * commitments linked to a counter move in step with the records (see {@link CounterLinks}).
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
}
