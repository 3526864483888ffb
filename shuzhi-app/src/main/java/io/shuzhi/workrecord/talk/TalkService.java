package io.shuzhi.workrecord.talk;

import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.scope.Leaders;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.ForbiddenException;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Heart-to-heart talks, and the yearly number required per kind (data an administrator sets, not code). */
@Service
@Transactional(readOnly = true)
public class TalkService {

    private static final String SELECT = "SELECT t.id, t.leader_user_id, t.organization_id, t.counterpart_name, t.kind, t.talk_date, t.note"
            + " FROM heart_to_heart_talk t JOIN organization o ON o.id = t.organization_id";

    private static final RowMapper<HeartToHeartTalk> MAPPER = (rs, n) -> new HeartToHeartTalk(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), TalkKind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7));

    private final JdbcClient jdbc;
    private final Places places;
    private final Leaders leaders;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TalkService(JdbcClient jdbc, Places places, Leaders leaders, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** {@code organizationId} is the counterpart's organization: the talk counts there and in the subtrees above it. */
    @Transactional
    public HeartToHeartTalk record(Caller caller, long organizationId, Long leaderUserId, String counterpartName, TalkKind kind,
                            LocalDate date, String note) {
        Place org = places.writable(caller, organizationId);
        long leader = leaders.requireUser(caller, leaderUserId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO heart_to_heart_talk (leader_user_id, organization_id, counterpart_name, kind, talk_date, note, created_at)"
                        + " VALUES (:l, :o, :name, :kind, :date, :note, :now)")
                .param("l", leader).param("o", org.id()).param("name", counterpartName.strip()).param("kind", kind.name())
                .param("date", date == null ? LocalDate.now(clock) : date).param("note", note)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        HeartToHeartTalk created = find(Scope.ALL, keys.getKeyAs(Long.class)).orElseThrow();
        audit.record("talk.recorded", "HeartToHeartTalk", created.id(), org.id(), null, created);
        events.publishEvent(new WorkRecordChanged("HeartToHeartTalk", created.id(), leader, List.of(org.id())));
        return created;
    }

    HeartToHeartTalk get(Caller caller, long id) {
        return find(caller.scope(), id).orElseThrow(() -> new NotFoundException("HeartToHeartTalk", id));
    }

    public List<HeartToHeartTalk> list(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql(SELECT + " WHERE t.talk_date BETWEEN :from AND :to AND (:anyLeader OR t.leader_user_id = :leader)"
                        + " AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o") + " ORDER BY t.talk_date DESC, t.id DESC"))
                .param("from", filter.from()).param("to", filter.to())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam()).param("rootPath", filter.rootPath())
                .query(MAPPER).list();
    }

    Map<TalkKind, Integer> requirements() {
        Map<TalkKind, Integer> result = new EnumMap<>(TalkKind.class);
        jdbc.sql("SELECT kind, required_per_year FROM talk_requirement")
                .query((rs, n) -> Map.entry(TalkKind.valueOf(rs.getString(1)), rs.getInt(2)))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** The rule is the same for the whole installation, so only an administrator may change it. */
    @Transactional
    Map<TalkKind, Integer> require(Caller caller, TalkKind kind, int perYear) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("talk-requirement.admin-only", "只有系统管理员可以修改谈话次数要求 / Only an administrator may change this");
        }
        Map<TalkKind, Integer> before = requirements();
        jdbc.sql("INSERT INTO talk_requirement (kind, required_per_year) VALUES (:k, :n)"
                        + " ON CONFLICT (kind) DO UPDATE SET required_per_year = EXCLUDED.required_per_year")
                .param("k", kind.name()).param("n", perYear).update();
        Map<TalkKind, Integer> after = requirements();
        audit.record("talk-requirement.changed", "TalkRequirement", kind.name(), null, before, after);
        return after;
    }

    private Optional<HeartToHeartTalk> find(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + " WHERE t.id = :id AND " + Scope.sql("o"))).param("id", id).query(MAPPER).optional();
    }
}
