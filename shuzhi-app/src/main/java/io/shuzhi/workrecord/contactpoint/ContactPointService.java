package io.shuzhi.workrecord.contactpoint;

import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.scope.Leaders;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.InvalidInputException;
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
import java.util.Optional;

/** Assigns contact points and ends them; an assignment is never deleted, so past years keep their figures. */
@Service
@Transactional(readOnly = true)
public class ContactPointService {

    private static final String SELECT = "SELECT c.id, c.leader_user_id, u.display_name, c.organization_id, o.name, c.kind, c.since,"
            + " c.until, c.note FROM contact_point c JOIN organization o ON o.id = c.organization_id JOIN app_user u ON u.id = c.leader_user_id";

    private static final RowMapper<ContactPoint> MAPPER = (rs, n) -> new ContactPoint(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getLong(4), rs.getString(5), ContactPoint.Kind.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
            rs.getObject(8, LocalDate.class), rs.getString(9));

    private final JdbcClient jdbc;
    private final Places places;
    private final Leaders leaders;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactPointService(JdbcClient jdbc, Places places, Leaders leaders, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ContactPoint assign(Caller caller, long organizationId, Long leaderUserId, ContactPoint.Kind kind, LocalDate since, String note) {
        Place org = places.writable(caller, organizationId);
        long leader = leaders.requireUser(caller, leaderUserId);
        boolean exists = jdbc.sql("SELECT count(*) FROM contact_point WHERE leader_user_id = :l AND organization_id = :o AND until IS NULL")
                .param("l", leader).param("o", org.id()).query(Long.class).single() > 0;
        if (exists) {
            throw new ConflictException("contact-point.exists", "该组织已是这位领导的联系点 / Already this leader's contact point");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO contact_point (leader_user_id, organization_id, kind, since, note, created_at)"
                        + " VALUES (:l, :o, :kind, :since, :note, :now)")
                .param("l", leader).param("o", org.id()).param("kind", (kind == null ? ContactPoint.Kind.CONTACT_POINT : kind).name())
                .param("since", since == null ? LocalDate.now(clock) : since).param("note", note)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        ContactPoint created = find(Scope.ALL, keys.getKeyAs(Long.class)).orElseThrow();
        audit.record("contact-point.assigned", "ContactPoint", created.id(), org.id(), null, created);
        events.publishEvent(new WorkRecordChanged("ContactPoint", created.id(), leader, List.of(org.id())));
        return created;
    }

    @Transactional
    ContactPoint end(Caller caller, long id, LocalDate until) {
        ContactPoint before = get(caller, id);
        places.writable(caller, before.organizationId());
        LocalDate last = until == null ? LocalDate.now(clock) : until;
        if (before.until() != null) {
            throw new ConflictException("contact-point.ended", "该联系点已结束 / This contact point has already ended");
        }
        if (last.isBefore(before.since())) {
            throw new InvalidInputException("contact-point.until-before-since", "until", "结束日期早于开始日期 / Ends before it starts");
        }
        jdbc.sql("UPDATE contact_point SET until = :until WHERE id = :id").param("until", last).param("id", id).update();
        ContactPoint after = find(Scope.ALL, id).orElseThrow();
        audit.record("contact-point.ended", "ContactPoint", id, after.organizationId(), before, after);
        events.publishEvent(new WorkRecordChanged("ContactPoint", id, after.leaderUserId(), List.of(after.organizationId())));
        return after;
    }

    ContactPoint get(Caller caller, long id) {
        return find(caller.scope(), id).orElseThrow(() -> new NotFoundException("ContactPoint", id));
    }

    /** Contact points held at some time during the filter's period. */
    public List<ContactPoint> list(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql(SELECT + " WHERE c.since <= :to AND (c.until IS NULL OR c.until >= :from)"
                        + " AND (:anyLeader OR c.leader_user_id = :leader) AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")
                        + " ORDER BY u.display_name, o.path"))
                .param("from", filter.from()).param("to", filter.to())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam()).param("rootPath", filter.rootPath())
                .query(MAPPER).list();
    }

    private Optional<ContactPoint> find(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + " WHERE c.id = :id AND " + Scope.sql("o"))).param("id", id).query(MAPPER).optional();
    }
}
