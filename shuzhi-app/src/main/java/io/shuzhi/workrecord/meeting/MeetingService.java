package io.shuzhi.workrecord.meeting;

import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.scope.Leaders;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Meetings: one row each, scoped by the organization that held them; the chair defaults to the caller. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private static final String SELECT = "SELECT m.id, m.organization_id, o.name AS organization_name, m.kind, m.meeting_date,"
            + " m.chair_user_id, m.topics, m.decisions FROM meeting m JOIN organization o ON o.id = m.organization_id";

    private static final RowMapper<Meeting> MAPPER = (rs, n) -> new Meeting(rs.getLong("id"), rs.getLong("organization_id"),
            rs.getString("organization_name"), MeetingKind.valueOf(rs.getString("kind")),
            rs.getObject("meeting_date", LocalDate.class), (Long) rs.getObject("chair_user_id"),
            rs.getString("topics"), rs.getString("decisions"));

    private final JdbcClient jdbc;
    private final Places places;
    private final Leaders leaders;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(JdbcClient jdbc, Places places, Leaders leaders, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record NewMeeting(long organizationId, MeetingKind kind, LocalDate date, Long chairUserId, String topics, String decisions) {
    }

    @Transactional
    public Meeting record(Caller caller, NewMeeting request) {
        Place org = places.writable(caller, request.organizationId());
        long chair = leaders.requireUser(caller, request.chairUserId());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO meeting (organization_id, kind, meeting_date, chair_user_id, topics, decisions, created_by, created_at)
                        VALUES (:org, :kind, :date, :chair, :topics, :decisions, :createdBy, :now)""")
                .param("org", org.id()).param("kind", request.kind().name()).param("date", request.date())
                .param("chair", chair).param("topics", request.topics().strip())
                .param("decisions", request.decisions() == null || request.decisions().isBlank() ? null : request.decisions().strip())
                .param("createdBy", caller.id()).param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        Meeting stored = find(Scope.ALL, id).orElseThrow();
        audit.record("meeting.recorded", "Meeting", id, org.id(), null, stored);
        events.publishEvent(new WorkRecordChanged("Meeting", id, chair, List.of(org.id())));
        return stored;
    }

    /**
     * Corrects a meeting: the request replaces every field. Needs write access to the organization before and after;
     * audited, and announced for both, so counters move off the old place and onto the new one.
     */
    @Transactional
    public Meeting revise(Caller caller, long id, NewMeeting request) {
        Meeting before = get(caller, id);
        places.writable(caller, before.organizationId());
        Place org = places.writable(caller, request.organizationId());
        long chair = leaders.requireUser(caller, request.chairUserId());
        jdbc.sql("""
                        UPDATE meeting SET organization_id = :org, kind = :kind, meeting_date = :date, chair_user_id = :chair,
                            topics = :topics, decisions = :decisions WHERE id = :id""")
                .param("org", org.id()).param("kind", request.kind().name()).param("date", request.date())
                .param("chair", chair).param("topics", request.topics().strip())
                .param("decisions", request.decisions() == null || request.decisions().isBlank() ? null : request.decisions().strip())
                .param("id", id)
                .update();
        Meeting after = find(Scope.ALL, id).orElseThrow();
        audit.record("meeting.revised", "Meeting", id, org.id(), before, after);
        WorkRecordChanged.ofCorrection("Meeting", id, before.chairUserId(), List.of(before.organizationId()),
                after.chairUserId(), List.of(after.organizationId())).forEach(events::publishEvent);
        return after;
    }

    public Meeting get(Caller caller, long id) {
        return find(caller.scope(), id).orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    @Transactional
    public void delete(Caller caller, long id) {
        Meeting meeting = get(caller, id);
        places.writable(caller, meeting.organizationId());
        jdbc.sql("DELETE FROM meeting WHERE id = :id").param("id", id).update();
        audit.record("meeting.deleted", "Meeting", id, meeting.organizationId(), meeting, null);
        events.publishEvent(new WorkRecordChanged("Meeting", id, meeting.chairUserId(), List.of(meeting.organizationId())));
    }

    /** Meetings held in the subtree; with a leader, those the leader chaired. Newest first. */
    public List<Meeting> list(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql(SELECT + " WHERE m.meeting_date BETWEEN :from AND :to"
                        + " AND (:anyLeader OR m.chair_user_id = :leader) AND o.path LIKE :rootPath || '%' AND "
                        + Scope.sql("o") + " ORDER BY m.meeting_date DESC, m.id DESC"))
                .param("from", filter.from()).param("to", filter.to())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam())
                .param("rootPath", filter.rootPath())
                .query(MAPPER).list();
    }

    private java.util.Optional<Meeting> find(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + " WHERE m.id = :id AND " + Scope.sql("o"))).param("id", id).query(MAPPER).optional();
    }
}
