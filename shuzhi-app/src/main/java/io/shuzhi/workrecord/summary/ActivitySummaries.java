package io.shuzhi.workrecord.summary;

import io.shuzhi.workrecord.meeting.Meeting;
import io.shuzhi.workrecord.meeting.MeetingKind;
import io.shuzhi.workrecord.meeting.MeetingService;
import io.shuzhi.workrecord.training.TrainingCoverage;
import io.shuzhi.workrecord.visit.FieldVisitService;
import io.shuzhi.workrecord.visit.VisitTally;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Computes the activity summary: visits and meetings from their lists, the rest with one aggregate query each. */
@Service
@Transactional(readOnly = true)
public class ActivitySummaries {

    private final JdbcClient jdbc;
    private final FieldVisitService visits;
    private final MeetingService meetings;
    private final TrainingCoverage training;

    ActivitySummaries(JdbcClient jdbc, FieldVisitService visits, MeetingService meetings, TrainingCoverage training) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.meetings = meetings;
        this.training = training;
    }

    public ActivitySummary summarize(ActivityFilter filter, Long organizationId) {
        VisitTally tally = new VisitTally(visits.list(filter), filter.rootPath());
        List<Meeting> held = meetings.list(filter);
        Map<MeetingKind, Integer> byKind = new EnumMap<>(MeetingKind.class);
        held.forEach(m -> byKind.merge(m.kind(), 1, Integer::sum));
        return new ActivitySummary(filter.from().getYear(), organizationId, filter.leaderUserId(), held.size(), byKind,
                tally.fieldVisits(), tally.fieldDays(), tally.organizationsVisited(), tally.villagesVisited(),
                tally.supervisionVisits(), keyChallenges(filter), talks(filter), training.coverage(filter),
                contactPoints(filter), proxyServices(filter));
    }

    public ActivitySummary.Pair keyChallenges(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql("SELECT count(*) FILTER (WHERE k.stage <> 'SOLVED') AS open,"
                        + " count(*) FILTER (WHERE k.stage = 'SOLVED') AS solved FROM key_challenge k"
                        + " JOIN organization o ON o.id = k.organization_id WHERE k.year = :year"
                        + " AND (:anyLeader OR k.leader_user_id = :leader) AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")))
                .param("year", filter.from().getYear())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam()).param("rootPath", filter.rootPath())
                .query((rs, n) -> new ActivitySummary.Pair(rs.getInt("open"), rs.getInt("solved"))).single();
    }

    /**
     * Talks done against talks owed. A leader owes the sum of the yearly requirements; a subtree owes that for each
     * secretary who holds a grant in it, so a secretary who recorded nothing still shows as a gap.
     */
    public ActivitySummary.Done talks(ActivityFilter filter) {
        int done = filter.scope().bind(jdbc.sql("SELECT count(*) FROM heart_to_heart_talk t JOIN organization o ON o.id = t.organization_id"
                        + " WHERE t.talk_date BETWEEN :from AND :to AND (:anyLeader OR t.leader_user_id = :leader)"
                        + " AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")))
                .param("from", filter.from()).param("to", filter.to())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam()).param("rootPath", filter.rootPath())
                .query(Integer.class).single();
        int perLeader = jdbc.sql("SELECT coalesce(sum(required_per_year), 0) FROM talk_requirement").query(Integer.class).single();
        int leaders = filter.anyLeader() ? secretaries(filter) : 1;
        return new ActivitySummary.Done(done, perLeader * leaders);
    }

    private int secretaries(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql("SELECT count(DISTINCT g.user_id) FROM role_grant g JOIN organization o ON o.id = g.organization_id"
                        + " WHERE g.role = 'SECRETARY' AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")))
                .param("rootPath", filter.rootPath()).query(Integer.class).single();
    }

    /** Contact points held during the year, and how many of them the leader actually went to. */
    ActivitySummary.ContactPoints contactPoints(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql("""
                        SELECT count(*) AS assigned, count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM field_visit v JOIN field_visit_organization vo ON vo.field_visit_id = v.id
                                   WHERE v.leader_user_id = c.leader_user_id AND vo.organization_id = c.organization_id
                                     AND v.visit_date BETWEEN :from AND :to)) AS visited
                        FROM contact_point c JOIN organization o ON o.id = c.organization_id
                        WHERE c.since <= :to AND (c.until IS NULL OR c.until >= :from)
                          AND (:anyLeader OR c.leader_user_id = :leader) AND o.path LIKE :rootPath || '%' AND """ + Scope.sql("o")))
                .param("from", filter.from()).param("to", filter.to())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam()).param("rootPath", filter.rootPath())
                .query((rs, n) -> new ActivitySummary.ContactPoints(rs.getInt("assigned"), rs.getInt("visited"))).single();
    }

    public long proxyServices(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql("SELECT coalesce(sum(p.service_count), 0) FROM proxy_service_count p"
                        + " JOIN organization o ON o.id = p.organization_id WHERE p.month BETWEEN :from AND :to"
                        + " AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")))
                .param("from", filter.from()).param("to", filter.to()).param("rootPath", filter.rootPath())
                .query(Long.class).single();
    }
}
