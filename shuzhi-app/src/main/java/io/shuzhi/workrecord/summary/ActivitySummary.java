package io.shuzhi.workrecord.summary;

import io.shuzhi.workrecord.meeting.MeetingKind;

import java.util.Map;

/**
 * The year's figures for a leader or an organization subtree, field names as in the API contract. Trainings and
 * proxy services belong to places, not people: with a leader they still count the whole subtree.
 */
public record ActivitySummary(int year, Long organizationId, Long leaderUserId, int meetings, Map<MeetingKind, Integer> meetingsByKind,
                              int fieldVisits, int fieldDays, int organizationsVisited, int villagesVisited,
                              int supervisionVisits, Pair keyChallenges, Done talks, Coverage training,
                              ContactPoints contactPoints, long proxyServices) {

    public record Pair(int open, int solved) {
    }

    public record Done(int done, int required) {
    }

    public record Coverage(int trained, int total) {
        public Integer percent() {
            return total == 0 ? null : (int) Math.round(100.0 * Math.min(trained, total) / total);
        }
    }

    public record ContactPoints(int assigned, int visited) {
    }
}
