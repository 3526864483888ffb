package io.shuzhi.workrecord.keychallenge;

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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Key challenges and their steps; every step is audited and moves the linked counters. */
@Service
@Transactional(readOnly = true)
public class KeyChallengeService {

    private static final String SELECT = "SELECT k.id, k.leader_user_id, k.organization_id, k.year, k.title, k.stage, k.analysis,"
            + " k.outcome, k.evidence, k.selected_on, k.analysed_on, k.solved_on FROM key_challenge k"
            + " JOIN organization o ON o.id = k.organization_id";

    private static final RowMapper<KeyChallenge> MAPPER = (rs, n) -> new KeyChallenge(rs.getLong("id"), rs.getLong("leader_user_id"),
            rs.getLong("organization_id"), rs.getInt("year"), rs.getString("title"), ChallengeStage.valueOf(rs.getString("stage")),
            rs.getString("analysis"), rs.getString("outcome"), rs.getString("evidence"),
            rs.getObject("selected_on", LocalDate.class), rs.getObject("analysed_on", LocalDate.class),
            rs.getObject("solved_on", LocalDate.class));

    private final JdbcClient jdbc;
    private final Places places;
    private final Leaders leaders;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyChallengeService(JdbcClient jdbc, Places places, Leaders leaders, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public KeyChallenge select(Caller caller, long organizationId, Long leaderUserId, Integer year, String title) {
        Place org = places.writable(caller, organizationId);
        long leader = leaders.requireUser(caller, leaderUserId);
        LocalDate today = LocalDate.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO key_challenge (leader_user_id, organization_id, year, title, stage, selected_on)"
                        + " VALUES (:leader, :org, :year, :title, 'SELECTED', :today)")
                .param("leader", leader).param("org", org.id()).param("year", year == null ? today.getYear() : year)
                .param("title", title.strip()).param("today", today)
                .update(keys, "id");
        KeyChallenge created = find(Scope.ALL, keys.getKeyAs(Long.class)).orElseThrow();
        audit.record("key-challenge.selected", "KeyChallenge", created.id(), org.id(), null, created);
        events.publishEvent(new WorkRecordChanged("KeyChallenge", created.id(), leader, List.of(org.id())));
        return created;
    }

    @Transactional
    public KeyChallenge analyse(Caller caller, long id, String analysis) {
        return step(caller, id, "key-challenge.analysed", k -> k.analyse(analysis, LocalDate.now(clock)));
    }

    @Transactional
    public KeyChallenge solve(Caller caller, long id, String outcome, String evidence) {
        return step(caller, id, "key-challenge.solved", k -> k.solve(outcome, evidence, LocalDate.now(clock)));
    }

    KeyChallenge get(Caller caller, long id) {
        return find(caller.scope(), id).orElseThrow(() -> new NotFoundException("KeyChallenge", id));
    }

    public List<KeyChallenge> list(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql(SELECT + " WHERE k.year = :year AND (:anyLeader OR k.leader_user_id = :leader)"
                        + " AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o") + " ORDER BY k.selected_on, k.id"))
                .param("year", filter.from().getYear())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam()).param("rootPath", filter.rootPath())
                .query(MAPPER).list();
    }

    private KeyChallenge step(Caller caller, long id, String action, UnaryOperator<KeyChallenge> change) {
        KeyChallenge before = get(caller, id);
        places.writable(caller, before.organizationId());
        KeyChallenge after = change.apply(before);
        int updated = jdbc.sql("UPDATE key_challenge SET stage = :stage, analysis = :analysis, outcome = :outcome, evidence = :evidence,"
                        + " analysed_on = :analysedOn, solved_on = :solvedOn, version = version + 1 WHERE id = :id AND stage = :before")
                .param("stage", after.stage().name()).param("analysis", after.analysis()).param("outcome", after.outcome())
                .param("evidence", after.evidence()).param("analysedOn", after.analysedOn()).param("solvedOn", after.solvedOn())
                .param("id", id).param("before", before.stage().name())
                .update();
        if (updated == 0) {
            throw new io.shuzhi.shared.ConflictException("key-challenge.concurrent-change", "该难题刚被他人修改，请刷新 / Changed by someone else, reload");
        }
        audit.record(action, "KeyChallenge", id, after.organizationId(), before, after);
        events.publishEvent(new WorkRecordChanged("KeyChallenge", id, after.leaderUserId(), List.of(after.organizationId())));
        return after;
    }

    private Optional<KeyChallenge> find(Scope scope, long id) {
        return scope.bind(jdbc.sql(SELECT + " WHERE k.id = :id AND " + Scope.sql("o"))).param("id", id).query(MAPPER).optional();
    }
}
