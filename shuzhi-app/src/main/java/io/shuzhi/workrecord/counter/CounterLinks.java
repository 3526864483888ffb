package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.CommitmentProgressSink;
import io.shuzhi.workrecord.CommitmentTarget;
import io.shuzhi.workrecord.Counter;
import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.scope.Leaders;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Commitments that move themselves: a linked commitment's progress is recomputed whenever a record that could
 * change its counter changes, inside the same transaction, and pushed to the commitment only when it changed.
 */
@Service
@Transactional(readOnly = true)
public class CounterLinks {

    private static final RowMapper<CounterLink> MAPPER = (rs, n) -> new CounterLink(rs.getLong("commitment_id"),
            Counter.valueOf(rs.getString("counter")), (Long) rs.getObject("leader_user_id"), rs.getLong("organization_id"),
            rs.getBigDecimal("last_value"));

    private final JdbcClient jdbc;
    private final ObjectProvider<CommitmentProgressSink> sinks;
    private final CounterValues values;
    private final Places places;
    private final Leaders leaders;
    private final AuditLog audit;
    private final Clock clock;

    CounterLinks(JdbcClient jdbc, ObjectProvider<CommitmentProgressSink> sinks, CounterValues values, Places places,
                 Leaders leaders, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sinks = sinks;
        this.values = values;
        this.places = places;
        this.leaders = leaders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Links (or re-links) a commitment the caller may change to a counter, and brings its progress up to date at once. */
    @Transactional
    public CounterLink link(Caller caller, long commitmentId, Counter counter, Long leaderUserId) {
        CommitmentTarget target = sink().flatMap(s -> s.target(commitmentId, caller))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        places.writable(caller, target.organizationId());
        if (leaderUserId != null) {
            leaders.displayName(leaderUserId);
        }
        Optional<CounterLink> before = find(commitmentId);
        jdbc.sql("""
                        INSERT INTO commitment_counter_link (commitment_id, counter, leader_user_id, organization_id, linked_at)
                        VALUES (:id, :counter, :leader, :org, :now)
                        ON CONFLICT (commitment_id) DO UPDATE SET counter = EXCLUDED.counter, leader_user_id = EXCLUDED.leader_user_id,
                            organization_id = EXCLUDED.organization_id, linked_at = EXCLUDED.linked_at, last_value = NULL, computed_at = NULL""")
                .param("id", commitmentId).param("counter", counter.name()).param("leader", leaderUserId)
                .param("org", target.organizationId()).param("now", Timestamp.from(clock.instant()))
                .update();
        CounterLink linked = find(commitmentId).orElseThrow();
        audit.record("commitment.counter-linked", "Commitment", commitmentId, target.organizationId(), before.orElse(null), linked);
        return recompute(linked, target);
    }

    @Transactional
    public void unlink(Caller caller, long commitmentId) {
        CounterLink link = find(commitmentId).orElseThrow(() -> new NotFoundException("CounterLink", commitmentId));
        places.writable(caller, link.organizationId());
        jdbc.sql("DELETE FROM commitment_counter_link WHERE commitment_id = :id").param("id", commitmentId).update();
        audit.record("commitment.counter-unlinked", "Commitment", commitmentId, link.organizationId(), link, null);
    }

    public Optional<CounterLink> find(long commitmentId) {
        return jdbc.sql("SELECT * FROM commitment_counter_link WHERE commitment_id = :id").param("id", commitmentId)
                .query(MAPPER).optional();
    }

    /** Recomputes the links a change can affect: the leader's own, and those over a subtree containing the change. */
    @EventListener
    @Transactional
    void on(WorkRecordChanged change) {
        if (sink().isEmpty()) {
            return;
        }
        List<CounterLink> affected = jdbc.sql("""
                        SELECT l.* FROM commitment_counter_link l JOIN organization lo ON lo.id = l.organization_id
                        WHERE (l.leader_user_id IS NULL OR :leader = 0 OR l.leader_user_id = :leader)
                          AND EXISTS (SELECT 1 FROM organization o WHERE o.id IN (:orgs) AND o.path LIKE lo.path || '%')""")
                .param("leader", change.leaderUserId() == null ? 0L : change.leaderUserId())
                .param("orgs", change.organizationIds().isEmpty() ? List.of(-1L) : change.organizationIds())
                .query(MAPPER).list();
        affected.forEach(link -> sink().flatMap(s -> s.target(link.commitmentId(), null)).ifPresent(t -> recompute(link, t)));
    }

    private CounterLink recompute(CounterLink link, CommitmentTarget target) {
        LocalDate today = LocalDate.now(clock);
        ActivityFilter filter = period(link, target, today);
        BigDecimal value = values.value(link.counter(), filter, today);
        if (link.value() == null || link.value().compareTo(value) != 0) {
            jdbc.sql("UPDATE commitment_counter_link SET last_value = :v, computed_at = :now WHERE commitment_id = :id")
                    .param("v", value).param("now", Timestamp.from(clock.instant())).param("id", link.commitmentId()).update();
            sink().ifPresent(s -> s.recordCounterProgress(link.commitmentId(), value, CounterNote.of(link.counter(), filter, value)));
        }
        return new CounterLink(link.commitmentId(), link.counter(), link.leaderUserId(), link.organizationId(), value);
    }

    private ActivityFilter period(CounterLink link, CommitmentTarget target, LocalDate today) {
        CountingPeriod period = CountingPeriod.of(target.since(), target.deadline(), today);
        String rootPath = places.find(Scope.ALL, List.of(link.organizationId())).stream().findFirst().map(Place::path)
                .orElseThrow(() -> new NotFoundException("Organization", link.organizationId()));
        return new ActivityFilter(Scope.ALL, rootPath, link.leaderUserId(), period.from(), period.to());
    }

    private Optional<CommitmentProgressSink> sink() {
        return Optional.ofNullable(sinks.getIfAvailable());
    }
}
