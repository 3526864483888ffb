package io.shuzhi.workrecord.keychallenge;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/key-challenges")
@Tag(name = "Key challenges", description = "党建难题 / 书记项目: selected → analysed → solved")
class KeyChallengeApiController {

    private final KeyChallengeService service;
    private final ActivitySubjects subjects;

    KeyChallengeApiController(KeyChallengeService service, ActivitySubjects subjects) {
        this.service = service;
        this.subjects = subjects;
    }

    @PostMapping
    @Operation(summary = "Select a key challenge (选题); leader defaults to the caller, year to this year")
    ResponseEntity<KeyChallenge> select(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SelectRequest request) {
        KeyChallenge created = service.select(caller, request.organizationId(), request.leaderUserId(), request.year(), request.title());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PostMapping("/{id}/analyse")
    @Operation(summary = "破题: record how the challenge is tackled (409 unless SELECTED)")
    KeyChallenge analyse(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody AnalyseRequest request) {
        return service.analyse(caller, id, request.analysis());
    }

    @PostMapping("/{id}/solve")
    @Operation(summary = "结题: record the outcome and evidence (409 unless ANALYSED)")
    KeyChallenge solve(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody SolveRequest request) {
        return service.solve(caller, id, request.outcome(), request.evidence());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One key challenge")
    KeyChallenge get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @GetMapping
    @Operation(summary = "Key challenges of a year in a subtree, optionally of one leader")
    List<KeyChallenge> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                            @RequestParam int year, @RequestParam(required = false) Long leaderUserId) {
        return service.list(subjects.filter(caller, organizationId, leaderUserId, year));
    }

    record SelectRequest(@NotNull Long organizationId, Long leaderUserId, Integer year, @NotBlank @Size(max = 300) String title) {
    }

    record AnalyseRequest(@Size(max = 4000) String analysis) {
    }

    record SolveRequest(@Size(max = 4000) String outcome, @Size(max = 4000) String evidence) {
    }
}
