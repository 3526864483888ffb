package io.shuzhi.workrecord.claim;

import io.shuzhi.workrecord.ClaimChecker;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Claims", description = "Check a report's figures (visits, villages, meetings) against the leader's records of that year")
class ClaimApiController {

    private final ClaimChecker checker;

    ClaimApiController(ClaimChecker checker) {
        this.checker = checker;
    }

    @PostMapping("/api/claims/check")
    @Operation(summary = "Findings CLAIM_MISMATCH {rule, text, claimed, recorded, counter, start, end} for figures the records contradict")
    List<ClaimChecker.Finding> check(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CheckRequest request) {
        return checker.check(caller.scope(), request.leaderUserId(), request.year(), request.text());
    }

    @PostMapping("/api/claims/review")
    @Operation(summary = "Every checkable figure with the recorded number and whether they agree")
    List<ClaimChecker.ClaimCheck> review(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CheckRequest request) {
        return checker.review(caller.scope(), request.leaderUserId(), request.year(), request.text());
    }

    record CheckRequest(@NotNull Long leaderUserId, @NotNull @Min(2000) @Max(2100) Integer year,
                        @NotBlank @Size(max = 200_000) String text) {
    }
}
