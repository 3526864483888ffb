package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.FieldVisitFindingsRecorded;
import io.shuzhi.workrecord.WorkRecordChanged;
import io.shuzhi.workrecord.scope.Leader;
import io.shuzhi.workrecord.scope.Leaders;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Records field visits. Each change is audited and announced ({@link WorkRecordChanged}) in the same transaction. */
@Service
@Transactional(readOnly = true)
public class FieldVisitService {

    private final FieldVisitRepository repository;
    private final Places places;
    private final Leaders leaders;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FieldVisitService(FieldVisitRepository repository, Places places, Leaders leaders, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.places = places;
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a caller submits; the leader defaults to the caller and the end date to the start date. */
    record NewFieldVisit(Long leaderUserId, String leaderName, LocalDate date, LocalDate endDate, List<Long> organizationIds,
                         Purpose purpose, String notes, String findings) {
    }

    @Transactional
    public FieldVisit record(Caller caller, NewFieldVisit request) {
        LocalDate end = request.endDate() == null ? request.date() : request.endDate();
        if (end.isBefore(request.date())) {
            throw new InvalidInputException("workrecord.end-before-start", "endDate", "结束日期不能早于开始日期 / The end date is before the start date");
        }
        List<Place> visited = places.require(Places.writeScope(caller), request.organizationIds());
        Leader leader = leaders.resolve(caller, request.leaderUserId(), request.leaderName());
        var visit = new FieldVisit(0, leader.userId(), leader.name(), request.date(), end, request.purpose(),
                blankToNull(request.notes()), blankToNull(request.findings()), visited);
        long id = repository.insert(visit, caller.id(), clock.instant());
        FieldVisit stored = repository.find(io.shuzhi.account.Scope.ALL, id).orElseThrow();
        List<Long> orgIds = visited.stream().map(Place::id).toList();
        audit.record("field-visit.recorded", "FieldVisit", id, orgIds.get(0), null, stored);
        events.publishEvent(new WorkRecordChanged("FieldVisit", id, leader.userId(), orgIds));
        if (stored.findings() != null) {
            events.publishEvent(new FieldVisitFindingsRecorded(id, leader.userId(), orgIds, stored.findings()));
        }
        return stored;
    }

    /**
     * Corrects a visit: the request replaces every field (as for {@link #record}). Needs write access to every place
     * it named and every place it will name; audited, and announced for the old and the new places and leader, so
     * linked counters are recomputed on both sides.
     */
    @Transactional
    public FieldVisit revise(Caller caller, long id, NewFieldVisit request) {
        FieldVisit before = repository.find(io.shuzhi.account.Scope.ALL, id).orElseThrow(() -> new NotFoundException("FieldVisit", id));
        get(caller, id);
        List<Long> beforeIds = before.places().stream().map(Place::id).toList();
        places.require(Places.writeScope(caller), beforeIds);
        LocalDate end = request.endDate() == null ? request.date() : request.endDate();
        if (end.isBefore(request.date())) {
            throw new InvalidInputException("workrecord.end-before-start", "endDate", "结束日期不能早于开始日期 / The end date is before the start date");
        }
        List<Place> visited = places.require(Places.writeScope(caller), request.organizationIds());
        Leader leader = leaders.resolve(caller, request.leaderUserId(), request.leaderName());
        repository.update(new FieldVisit(id, leader.userId(), leader.name(), request.date(), end, request.purpose(),
                blankToNull(request.notes()), blankToNull(request.findings()), visited));
        FieldVisit after = repository.find(io.shuzhi.account.Scope.ALL, id).orElseThrow();
        List<Long> afterIds = visited.stream().map(Place::id).toList();
        audit.record("field-visit.revised", "FieldVisit", id, afterIds.get(0), before, after);
        WorkRecordChanged.ofCorrection("FieldVisit", id, before.leaderUserId(), beforeIds, after.leaderUserId(), afterIds).forEach(events::publishEvent);
        if (after.findings() != null && !after.findings().equals(before.findings())) {
            events.publishEvent(new FieldVisitFindingsRecorded(id, after.leaderUserId(), afterIds, after.findings()));
        }
        return after;
    }

    public FieldVisit get(Caller caller, long id) {
        return repository.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("FieldVisit", id));
    }

    public List<FieldVisit> list(ActivityFilter filter) {
        return repository.findAll(filter);
    }

    /** Removing a wrong entry needs write access to every place it names, so nobody erases another county's work. */
    @Transactional
    public void delete(Caller caller, long id) {
        FieldVisit visit = repository.find(io.shuzhi.account.Scope.ALL, id).orElseThrow(() -> new NotFoundException("FieldVisit", id));
        get(caller, id);
        List<Long> orgIds = visit.places().stream().map(Place::id).toList();
        places.require(Places.writeScope(caller), orgIds);
        repository.delete(id);
        audit.record("field-visit.deleted", "FieldVisit", id, orgIds.isEmpty() ? null : orgIds.get(0), visit, null);
        events.publishEvent(new WorkRecordChanged("FieldVisit", id, visit.leaderUserId(), orgIds));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
