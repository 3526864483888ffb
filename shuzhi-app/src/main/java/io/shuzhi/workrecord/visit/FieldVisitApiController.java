package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.summary.ActivitySubjects;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Level;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/field-visits")
@Tag(name = "Field visits", description = "Leaders' visits to grassroots organizations: research, supervision, revisits, contact points")
class FieldVisitApiController {

    private final FieldVisitService service;
    private final ActivitySubjects subjects;
    private final VisitProblems problems;

    FieldVisitApiController(FieldVisitService service, ActivitySubjects subjects, VisitProblems problems) {
        this.service = service;
        this.subjects = subjects;
        this.problems = problems;
    }

    @PostMapping
    @Operation(summary = "Record a visit; the leader defaults to the caller (or give leaderUserId, or leaderName for a leader without an account)")
    ResponseEntity<VisitResponse> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody VisitRequest request) {
        FieldVisit visit = service.record(caller, new FieldVisitService.NewFieldVisit(request.leaderUserId(), request.leaderName(),
                request.date(), request.endDate(), request.organizationIds(), request.purpose(), request.notes(), request.findings()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(visit.id()).toUri();
        return ResponseEntity.created(location).body(VisitResponse.of(visit));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a visit: the body (as for POST) replaces the stored one; linked counters are recomputed")
    VisitResponse revise(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody VisitRequest request) {
        return VisitResponse.of(service.revise(caller, id, new FieldVisitService.NewFieldVisit(request.leaderUserId(),
                request.leaderName(), request.date(), request.endDate(), request.organizationIds(), request.purpose(),
                request.notes(), request.findings())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit (404 when none of its organizations is in the caller's scope)")
    VisitResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return VisitResponse.of(service.get(caller, id));
    }

    @GetMapping
    @Operation(summary = "Visits of a year inside an organization subtree, optionally of one leader and one purpose")
    List<VisitResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                             @RequestParam int year, @RequestParam(required = false) Long leaderUserId,
                             @RequestParam(required = false) Purpose purpose) {
        return service.list(subjects.filter(caller, organizationId, leaderUserId, year)).stream()
                .filter(v -> purpose == null || v.purpose() == purpose)
                .map(VisitResponse::of).toList();
    }

    @PostMapping("/{id}/findings/raise")
    @Operation(summary = "Put the visit's findings (all, or the chosen items) on the problem list of one of its organizations;"
            + " source INSPECTION, sourceRef field-visit:<id>. Returns the ids of the problems, in the order of the findings:"
            + " 201 when any was created, 200 when all were already on the list (a finding is raised once per organization)")
    ResponseEntity<RaisedProblems> raise(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                         @Valid @RequestBody(required = false) RaiseRequest request) {
        RaiseRequest r = request == null ? new RaiseRequest(null, null) : request;
        VisitProblems.Raised raised = problems.raise(caller, id, r.organizationId(), r.items());
        return ResponseEntity.status(raised.created() > 0 ? 201 : 200).body(new RaisedProblems(raised.ids()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a wrongly entered visit")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        service.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    record VisitRequest(Long leaderUserId, @Size(max = 100) String leaderName, @NotNull LocalDate date, LocalDate endDate,
                        @NotEmpty @Size(max = 50) List<@NotNull Long> organizationIds, @NotNull Purpose purpose,
                        @Size(max = 4000) String notes, @Size(max = 4000) String findings) {
    }

    record RaiseRequest(Long organizationId, @Size(max = 100) List<@NotNull Integer> items) {
    }

    record RaisedProblems(List<Long> problemIds) {
    }

    record PlaceResponse(long id, String code, String name, Level level) {
    }

    record VisitResponse(long id, Long leaderUserId, String leaderName, LocalDate date, LocalDate endDate, Purpose purpose,
                         List<PlaceResponse> organizations, String notes, String findings, List<String> findingItems) {
        static VisitResponse of(FieldVisit v) {
            return new VisitResponse(v.id(), v.leaderUserId(), v.leaderName(), v.date(), v.endDate(), v.purpose(),
                    v.places().stream().map(p -> new PlaceResponse(p.id(), p.code(), p.name(), p.level())).toList(),
                    v.notes(), v.findings(), v.findingItems());
        }
    }
}
