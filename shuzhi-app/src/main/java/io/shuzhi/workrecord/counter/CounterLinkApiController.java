package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.Counter;
import io.shuzhi.workrecord.CounterSuggestion;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@RestController
@Tag(name = "Commitment counters", description = "Link a commitment to a work-record counter so its progress follows the records")
class CounterLinkApiController {

    private final CounterLinks links;

    CounterLinkApiController(CounterLinks links) {
        this.links = links;
    }

    @PostMapping("/api/commitments/{id}/link")
    @Operation(summary = "Link the commitment to a counter (e.g. villagesVisited), over its organization's subtree and optionally one leader")
    CounterLink link(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody LinkRequest request) {
        return links.link(caller, id, Counter.byKey(request.counter()), request.leaderUserId());
    }

    @DeleteMapping("/api/commitments/{id}/link")
    @Operation(summary = "Stop following the counter (progress recorded so far stays)")
    ResponseEntity<Void> unlink(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        links.unlink(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/counters")
    @Operation(summary = "The counters a commitment can follow")
    List<CounterInfo> counters() {
        return Arrays.stream(Counter.values()).map(c -> new CounterInfo(c.key(), c.unit(), CounterNote.label(c), c.cumulative())).toList();
    }

    @GetMapping("/api/counters/suggest")
    @Operation(summary = "The counter a commitment's text and unit suggest, if any")
    Optional<CounterInfo> suggest(@RequestParam String text, @RequestParam(required = false) String unit) {
        return CounterSuggestion.suggest(text, unit).map(c -> new CounterInfo(c.key(), c.unit(), CounterNote.label(c), c.cumulative()));
    }

    record LinkRequest(@NotBlank String counter, Long leaderUserId) {
    }

    record CounterInfo(String counter, String unit, String label, boolean cumulative) {
    }
}
