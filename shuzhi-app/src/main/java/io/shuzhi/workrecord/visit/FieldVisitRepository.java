package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Visits and their places: the visits in one query, then all their places in one IN query (never one per visit). */
@Repository
class FieldVisitRepository {

    private static final String COLUMNS = "v.id, v.leader_user_id, v.leader_name, v.visit_date, v.end_date, v.purpose, v.notes, v.findings";

    private static final RowMapper<FieldVisit> MAPPER = (rs, n) -> new FieldVisit(rs.getLong("id"),
            (Long) rs.getObject("leader_user_id"), rs.getString("leader_name"), rs.getObject("visit_date", java.time.LocalDate.class),
            rs.getObject("end_date", java.time.LocalDate.class), Purpose.valueOf(rs.getString("purpose")),
            rs.getString("notes"), rs.getString("findings"), List.of());

    private final JdbcClient jdbc;

    FieldVisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(FieldVisit visit, long createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO field_visit (leader_user_id, leader_name, visit_date, end_date, purpose, notes, findings, created_by, created_at)
                        VALUES (:leaderUserId, :leaderName, :date, :endDate, :purpose, :notes, :findings, :createdBy, :now)""")
                .param("leaderUserId", visit.leaderUserId()).param("leaderName", visit.leaderName())
                .param("date", visit.date()).param("endDate", visit.endDate()).param("purpose", visit.purpose().name())
                .param("notes", visit.notes()).param("findings", visit.findings())
                .param("createdBy", createdBy).param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Place place : visit.places()) {
            jdbc.sql("INSERT INTO field_visit_organization (field_visit_id, organization_id) VALUES (:v, :o)")
                    .param("v", id).param("o", place.id()).update();
        }
        return id;
    }

    /** Rewrites the visit's fields and the places it names. */
    void update(FieldVisit visit) {
        jdbc.sql("""
                        UPDATE field_visit SET leader_user_id = :leaderUserId, leader_name = :leaderName, visit_date = :date,
                            end_date = :endDate, purpose = :purpose, notes = :notes, findings = :findings WHERE id = :id""")
                .param("leaderUserId", visit.leaderUserId()).param("leaderName", visit.leaderName())
                .param("date", visit.date()).param("endDate", visit.endDate()).param("purpose", visit.purpose().name())
                .param("notes", visit.notes()).param("findings", visit.findings()).param("id", visit.id())
                .update();
        jdbc.sql("DELETE FROM field_visit_organization WHERE field_visit_id = :v").param("v", visit.id()).update();
        for (Place place : visit.places()) {
            jdbc.sql("INSERT INTO field_visit_organization (field_visit_id, organization_id) VALUES (:v, :o)")
                    .param("v", visit.id()).param("o", place.id()).update();
        }
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM field_visit WHERE id = :id").param("id", id).update();
    }

    /** The visit if at least one of its places lies in {@code scope}; only the places in scope are shown. */
    Optional<FieldVisit> find(Scope scope, long id) {
        List<FieldVisit> found = withPlaces(scope, scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM field_visit v WHERE v.id = :id"
                        + " AND EXISTS (SELECT 1 FROM field_visit_organization vo JOIN organization o ON o.id = vo.organization_id"
                        + " WHERE vo.field_visit_id = v.id AND " + Scope.sql("o") + ")"))
                .param("id", id).query(MAPPER).list());
        return found.stream().findFirst();
    }

    /** Visits with at least one place in the filter's subtree and scope, newest first. */
    List<FieldVisit> findAll(ActivityFilter filter) {
        return withPlaces(filter.scope(), filter.scope().bind(jdbc.sql("SELECT " + COLUMNS + " FROM field_visit v"
                        + " WHERE v.visit_date BETWEEN :from AND :to AND (:anyLeader OR v.leader_user_id = :leader)"
                        + " AND EXISTS (SELECT 1 FROM field_visit_organization vo JOIN organization o ON o.id = vo.organization_id"
                        + " WHERE vo.field_visit_id = v.id AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o") + ")"
                        + " ORDER BY v.visit_date DESC, v.id DESC"))
                .param("from", filter.from()).param("to", filter.to())
                .param("anyLeader", filter.anyLeader()).param("leader", filter.leaderParam())
                .param("rootPath", filter.rootPath())
                .query(MAPPER).list());
    }

    private List<FieldVisit> withPlaces(Scope scope, List<FieldVisit> visits) {
        if (visits.isEmpty()) {
            return visits;
        }
        Map<Long, List<Place>> places = new HashMap<>();
        scope.bind(jdbc.sql("SELECT vo.field_visit_id, o.id, o.code, o.name, o.level, o.path FROM field_visit_organization vo"
                        + " JOIN organization o ON o.id = vo.organization_id WHERE vo.field_visit_id IN (:ids) AND "
                        + Scope.sql("o") + " ORDER BY o.path"))
                .param("ids", visits.stream().map(FieldVisit::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("field_visit_id"), Places.MAPPER.mapRow(rs, n)))
                .list()
                .forEach(e -> places.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return visits.stream().map(v -> v.withPlaces(places.getOrDefault(v.id(), List.of()))).toList();
    }
}
