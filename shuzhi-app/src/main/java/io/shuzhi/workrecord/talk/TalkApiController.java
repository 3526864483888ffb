package io.shuzhi.workrecord.talk;

import io.shuzhi.workrecord.summary.ActivitySubjects;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Heart-to-heart talks", description = "谈心谈话 between levels, counted per leader and year against the required number per kind")
class TalkApiController {

    private final TalkService service;
    private final ActivitySubjects subjects;

    TalkApiController(TalkService service, ActivitySubjects subjects) {
        this.service = service;
        this.subjects = subjects;
    }

    @PostMapping("/api/talks")
    @Operation(summary = "Record a talk; organizationId is the counterpart's organization; leader defaults to the caller, date to today")
    ResponseEntity<HeartToHeartTalk> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody TalkRequest request) {
        HeartToHeartTalk created = service.record(caller, request.organizationId(), request.leaderUserId(), request.counterpartName(),
                request.kind(), request.date(), request.note());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/api/talks/{id}")
    @Operation(summary = "One talk")
    HeartToHeartTalk get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @GetMapping("/api/talks")
    @Operation(summary = "Talks of a year in a subtree, optionally of one leader")
    List<HeartToHeartTalk> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                @RequestParam int year, @RequestParam(required = false) Long leaderUserId) {
        return service.list(subjects.filter(caller, organizationId, leaderUserId, year));
    }

    @GetMapping("/api/talk-requirements")
    @Operation(summary = "Talks required per leader and year, per kind")
    Map<TalkKind, Integer> requirements() {
        return service.requirements();
    }

    @PutMapping("/api/talk-requirements/{kind}")
    @Operation(summary = "Change the yearly requirement for a kind (ADMIN)")
    Map<TalkKind, Integer> require(@AuthenticationPrincipal Caller caller, @PathVariable TalkKind kind,
                                   @Valid @RequestBody RequirementRequest request) {
        return service.require(caller, kind, request.requiredPerYear());
    }

    record TalkRequest(@NotNull Long organizationId, Long leaderUserId, @NotBlank @Size(max = 100) String counterpartName,
                       @NotNull TalkKind kind, LocalDate date, @Size(max = 1000) String note) {
    }

    record RequirementRequest(@NotNull @Min(0) @Max(365) Integer requiredPerYear) {
    }
}
