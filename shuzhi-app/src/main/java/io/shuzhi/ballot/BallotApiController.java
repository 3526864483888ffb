package io.shuzhi.ballot;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Ballots", description = "Live anonymous ballot sessions: seats, single-use tokens, ballots, turnout")
class BallotApiController {

    private final BallotService ballots;

    BallotApiController(BallotService ballots) {
        this.ballots = ballots;
    }

    @PostMapping("/api/campaigns/{campaignId}/ballot-sessions")
    @Operation(summary = "Open a session: freezes the seats, issues one single-use token per seat, returns the fingerprint")
    ResponseEntity<OpenResponse> open(@AuthenticationPrincipal Caller caller, @PathVariable long campaignId,
                                      @Valid @RequestBody OpenRequest request) {
        List<SeatGroup> groups = request.seats().stream()
                .map(s -> new SeatGroup(s.group() == null ? null : s.group().strip(), s.weight() == null ? BigDecimal.ONE : s.weight(), s.count()))
                .toList();
        BallotService.OpenedSession opened = ballots.open(caller, campaignId, request.mode(), groups);
        return ResponseEntity.created(URI.create("/api/ballot-sessions/" + opened.id()))
                .body(new OpenResponse(opened.id(), opened.fingerprint(), opened.tokens()));
    }

    @PostMapping("/api/ballots")
    @Operation(summary = "Cast a ballot (no login: the token is the credential). Re-casting before close replaces the earlier "
            + "ballot. 404 unknown token, 409 closed session, 422 a rating outside the campaign or a reporter left out")
    Map<String, String> cast(@Valid @RequestBody CastRequest request) {
        ballots.cast(request.token(), request.ratings(), request.comment());
        return Map.of("status", "COUNTED");
    }

    @GetMapping("/api/ballot-sessions/{id}")
    @Operation(summary = "Status, turnout (counted ballots) and seats of a session")
    StatusResponse status(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        BallotSession s = ballots.manageable(caller, id);
        BallotService.SessionCount count = ballots.count(id);
        List<GroupTurnout> groups = count.groups().stream()
                .map(g -> new GroupTurnout(g.name(), g.weight(), g.seats(), count.turnoutByGroup().getOrDefault(g.name(), 0))).toList();
        return new StatusResponse(s.id(), s.campaignId(), s.mode(), s.status(), count.turnout(), s.seats(), s.fingerprint(), groups);
    }

    @PostMapping("/api/ballot-sessions/{id}/close")
    @Operation(summary = "Close: no ballot is accepted afterwards")
    StatusResponse close(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ballots.close(caller, id);
        return status(caller, id);
    }

    @PostMapping("/api/ballot-sessions/{id}/release")
    @Operation(summary = "Release the results of a closed session (results and big screen show them from now on)")
    StatusResponse release(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ballots.release(caller, id);
        return status(caller, id);
    }

    @DeleteMapping("/api/ballot-sessions/{id}")
    @Operation(summary = "Purge a TEST session with its tokens and ballots (409 for a FORMAL session)")
    ResponseEntity<Void> purge(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ballots.purge(caller, id);
        return ResponseEntity.noContent().build();
    }

    record SeatRequest(@NotBlank @Size(max = 100) String group, BigDecimal weight, int count) {
    }

    record OpenRequest(@NotNull BallotMode mode, @NotEmpty List<@Valid SeatRequest> seats) {
    }

    record OpenResponse(long id, String fingerprint, List<IssuedToken> tokens) {
    }

    record CastRequest(@NotBlank @Size(max = 64) String token, List<Rating> ratings, @Size(max = 500) String comment) {
    }

    record GroupTurnout(String group, BigDecimal weight, int seats, int ballots) {
    }

    record StatusResponse(long id, long campaignId, BallotMode mode, BallotSessionStatus status, int turnout, int seats,
                          String fingerprint, List<GroupTurnout> groups) {
    }
}
