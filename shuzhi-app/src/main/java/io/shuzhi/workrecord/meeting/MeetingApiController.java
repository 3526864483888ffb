package io.shuzhi.workrecord.meeting;

import io.shuzhi.workrecord.summary.ActivitySubjects;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "Standing-committee and leading-group meetings, and work reports heard, on party building")
class MeetingApiController {

    private final MeetingService service;
    private final ActivitySubjects subjects;

    MeetingApiController(MeetingService service, ActivitySubjects subjects) {
        this.service = service;
        this.subjects = subjects;
    }

    @PostMapping
    @Operation(summary = "Record a meeting held by organizationId; the chair defaults to the caller")
    ResponseEntity<Meeting> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MeetingRequest request) {
        Meeting meeting = service.record(caller, new MeetingService.NewMeeting(request.organizationId(), request.kind(),
                request.date(), request.chairUserId(), request.topics(), request.decisions()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(meeting.id()).toUri();
        return ResponseEntity.created(location).body(meeting);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a meeting: the body (as for POST) replaces the stored one; linked counters are recomputed")
    Meeting revise(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody MeetingRequest request) {
        return service.revise(caller, id, new MeetingService.NewMeeting(request.organizationId(), request.kind(),
                request.date(), request.chairUserId(), request.topics(), request.decisions()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting (404 outside the caller's scope)")
    Meeting get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @GetMapping
    @Operation(summary = "Meetings of a year in an organization subtree; with leaderUserId, those the leader chaired")
    List<Meeting> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                       @RequestParam int year, @RequestParam(required = false) Long leaderUserId) {
        return service.list(subjects.filter(caller, organizationId, leaderUserId, year));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a wrongly entered meeting")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        service.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    record MeetingRequest(@NotNull Long organizationId, @NotNull MeetingKind kind, @NotNull LocalDate date, Long chairUserId,
                          @NotBlank @Size(max = 4000) String topics, @Size(max = 4000) String decisions) {
    }
}
