package io.shuzhi.workrecord;

import io.shuzhi.workrecord.claim.Claim;
import io.shuzhi.workrecord.claim.ClaimReader;
import io.shuzhi.workrecord.claim.QuantityFinder;
import io.shuzhi.workrecord.meeting.MeetingKind;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.summary.ActivitySummaries;
import io.shuzhi.workrecord.summary.ActivitySummary;
import io.shuzhi.workrecord.visit.FieldVisitService;
import io.shuzhi.workrecord.visit.Purpose;

import io.shuzhi.account.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a report's figures against the leader's records of the same year. Every claim is returned with whether
 * the records agree ({@link #review}); those that do not are findings {@code CLAIM_MISMATCH} carrying both numbers
 * ({@link #check}). A figure with no record counterpart is not judged at all.
 */
@Service
@Transactional(readOnly = true)
public class ClaimChecker {

    public static final String RULE = "CLAIM_MISMATCH";

    /** One claim and what the records say. */
    public record ClaimCheck(String counter, String text, BigDecimal claimed, boolean atLeast, BigDecimal recorded,
                             boolean agrees, int start, int end) {
    }

    /** A disagreement between a report and the records, in the shape of the analysis findings. */
    public record Finding(String rule, String text, BigDecimal claimed, BigDecimal recorded, String counter, int start, int end) {
    }

    private final ClaimReader reader;
    private final ActivitySummaries summaries;
    private final FieldVisitService visits;

    ClaimChecker(QuantityFinder finder, ActivitySummaries summaries, FieldVisitService visits) {
        this.reader = new ClaimReader(finder);
        this.summaries = summaries;
        this.visits = visits;
    }

    /** For the report reading view: all records of the leader count, whoever reads. */
    public List<Finding> check(long leaderUserId, int year, String reportText) {
        return check(Scope.ALL, leaderUserId, year, reportText);
    }

    public List<Finding> check(Scope scope, long leaderUserId, int year, String reportText) {
        return review(scope, leaderUserId, year, reportText).stream().filter(c -> !c.agrees())
                .map(c -> new Finding(RULE, c.text(), c.claimed(), c.recorded(), c.counter(), c.start(), c.end())).toList();
    }

    public List<ClaimCheck> review(Scope scope, long leaderUserId, int year, String reportText) {
        List<Claim> claims = reader.read(reportText == null ? "" : reportText);
        if (claims.isEmpty()) {
            return List.of();
        }
        ActivityFilter filter = ActivityFilter.year(scope, "/", leaderUserId, year);
        ActivitySummary summary = summaries.summarize(filter, null);
        long contactPointVisits = visits.list(filter).stream().filter(v -> v.purpose() == Purpose.CONTACT_POINT).count();
        return claims.stream().map(c -> {
            BigDecimal recorded = BigDecimal.valueOf(recorded(c.subject(), summary, contactPointVisits));
            return new ClaimCheck(c.subject().key, c.text(), c.claimed(), c.atLeast(), recorded, c.agreesWith(recorded), c.start(), c.end());
        }).toList();
    }

    private static long recorded(Claim.Subject subject, ActivitySummary s, long contactPointVisits) {
        return switch (subject) {
            case FIELD_VISITS -> s.fieldVisits();
            case VILLAGES_VISITED -> s.villagesVisited();
            case SUPERVISION_VISITS -> s.supervisionVisits();
            case CONTACT_POINT_VISITS -> contactPointVisits;
            case STANDING_COMMITTEE_MEETINGS -> s.meetingsByKind().getOrDefault(MeetingKind.STANDING_COMMITTEE, 0);
            case LEADING_GROUP_MEETINGS -> s.meetingsByKind().getOrDefault(MeetingKind.LEADING_GROUP, 0);
            case WORK_REPORTS_HEARD -> s.meetingsByKind().getOrDefault(MeetingKind.WORK_REPORT, 0);
        };
    }
}
