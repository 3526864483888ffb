package io.shuzhi.workrecord.contactpoint;

import io.shuzhi.workrecord.summary.ActivitySubjects;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/contact-points")
@Tag(name = "Contact points", description = "Grassroots organizations assigned to a leader (联系点, 包保)")
class ContactPointApiController {

    private final ContactPointService service;
    private final ActivitySubjects subjects;

    ContactPointApiController(ContactPointService service, ActivitySubjects subjects) {
        this.service = service;
        this.subjects = subjects;
    }

    @PostMapping
    @Operation(summary = "Assign an organization to a leader (default: the caller) from since (default: today); 409 if already assigned")
    ResponseEntity<ContactPoint> assign(@AuthenticationPrincipal Caller caller, @Valid @RequestBody AssignRequest request) {
        ContactPoint created = service.assign(caller, request.organizationId(), request.leaderUserId(), request.kind(), request.since(), request.note());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End an assignment (it stays in past years' figures)")
    ContactPoint end(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody(required = false) EndRequest request) {
        return service.end(caller, id, request == null ? null : request.until());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact point")
    ContactPoint get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @GetMapping
    @Operation(summary = "Contact points held during a year in a subtree, optionally of one leader")
    List<ContactPoint> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                            @RequestParam int year, @RequestParam(required = false) Long leaderUserId) {
        return service.list(subjects.filter(caller, organizationId, leaderUserId, year));
    }

    record AssignRequest(@NotNull Long organizationId, Long leaderUserId, ContactPoint.Kind kind, LocalDate since,
                         @Size(max = 1000) String note) {
    }

    record EndRequest(LocalDate until) {
    }
}
