package io.shuzhi.workrecord.training;

import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Trainings and the population they should reach. Participants are loaded for all trainings with one IN query. */
@Service
@Transactional(readOnly = true)
public class TrainingService {

    private final JdbcClient jdbc;
    private final Places places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingService(JdbcClient jdbc, Places places, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Training record(Caller caller, long organizationId, String title, LocalDate start, LocalDate end, Map<TrainingRole, Integer> participants) {
        Place org = places.writable(caller, organizationId);
        LocalDate last = end == null ? start : end;
        if (last.isBefore(start)) {
            throw new InvalidInputException("workrecord.end-before-start", "endDate", "结束日期不能早于开始日期 / The end date is before the start date");
        }
        if (participants.isEmpty() || participants.values().stream().anyMatch(n -> n == null || n <= 0)) {
            throw new InvalidInputException("training.participants", "participants", "请按类别填写参训人数（大于0） / Give a positive headcount per role");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO training (organization_id, title, start_date, end_date, created_at) VALUES (:o, :t, :s, :e, :now)")
                .param("o", org.id()).param("t", title.strip()).param("s", start).param("e", last)
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        participants.forEach((role, n) -> jdbc.sql("INSERT INTO training_participant (training_id, role, headcount) VALUES (:id, :r, :n)")
                .param("id", id).param("r", role.name()).param("n", n).update());
        Training created = new Training(id, org.id(), title.strip(), start, last, participants);
        audit.record("training.recorded", "Training", id, org.id(), null, created);
        events.publishEvent(new WorkRecordChanged("Training", id, null, List.of(org.id())));
        return created;
    }

    public List<Training> list(ActivityFilter filter) {
        List<Training> rows = filter.scope().bind(jdbc.sql("SELECT t.id, t.organization_id, t.title, t.start_date, t.end_date FROM training t"
                        + " JOIN organization o ON o.id = t.organization_id WHERE t.start_date BETWEEN :from AND :to"
                        + " AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o") + " ORDER BY t.start_date DESC, t.id DESC"))
                .param("from", filter.from()).param("to", filter.to()).param("rootPath", filter.rootPath())
                .query((rs, n) -> new Training(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), Map.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<TrainingRole, Integer>> participants = new HashMap<>();
        jdbc.sql("SELECT training_id, role, headcount FROM training_participant WHERE training_id IN (:ids)")
                .param("ids", rows.stream().map(Training::id).toList())
                .query((rs, n) -> { participants.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(TrainingRole.class))
                        .put(TrainingRole.valueOf(rs.getString(2)), rs.getInt(3)); return 0; })
                .list();
        List<Training> result = new ArrayList<>();
        rows.forEach(t -> result.add(new Training(t.id(), t.organizationId(), t.title(), t.startDate(), t.endDate(),
                participants.getOrDefault(t.id(), Map.of()))));
        return result;
    }

    Training get(Caller caller, long id) {
        return caller.scope().bind(jdbc.sql("SELECT t.start_date FROM training t JOIN organization o ON o.id = t.organization_id"
                        + " WHERE t.id = :id AND " + Scope.sql("o")))
                .param("id", id).query(LocalDate.class).optional()
                .flatMap(start -> list(new ActivityFilter(caller.scope(), "/", null, start, start)).stream()
                        .filter(t -> t.id() == id).findFirst())
                .orElseThrow(() -> new NotFoundException("Training", id));
    }

    /** Sets how many people of a role should be trained in an organization (the coverage denominator). */
    @Transactional
    void setPopulation(Caller caller, long organizationId, TrainingRole role, int headcount) {
        Place org = places.writable(caller, organizationId);
        jdbc.sql("INSERT INTO training_population (organization_id, role, headcount) VALUES (:o, :r, :n)"
                        + " ON CONFLICT (organization_id, role) DO UPDATE SET headcount = EXCLUDED.headcount")
                .param("o", org.id()).param("r", role.name()).param("n", headcount).update();
        audit.record("training-population.set", "TrainingPopulation", org.id() + ":" + role, org.id(), null, Map.of(role, headcount));
        events.publishEvent(new WorkRecordChanged("TrainingPopulation", org.id(), null, List.of(org.id())));
    }
}
