package io.shuzhi.workrecord.claim;

import java.math.BigDecimal;

/**
 * A figure in a report that the records can confirm: "到5个村调研" claims 5 villages visited. {@code atLeast} for
 * "50余次" and the like, where any recorded number from 50 up agrees.
 */
public record Claim(Subject subject, BigDecimal claimed, boolean atLeast, String text, int start, int end) {

    /** What a claim counts, with the name used in findings. */
    public enum Subject {
        FIELD_VISITS("fieldVisits"),
        VILLAGES_VISITED("villagesVisited"),
        SUPERVISION_VISITS("supervisionVisits"),
        CONTACT_POINT_VISITS("contactPointVisits"),
        STANDING_COMMITTEE_MEETINGS("standingCommitteeMeetings"),
        LEADING_GROUP_MEETINGS("leadingGroupMeetings"),
        WORK_REPORTS_HEARD("workReportsHeard");

        public final String key;

        Subject(String key) {
            this.key = key;
        }
    }

    public boolean agreesWith(BigDecimal recorded) {
        int c = recorded.compareTo(claimed);
        return atLeast ? c >= 0 : c == 0;
    }
}
