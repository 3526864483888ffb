package io.shuzhi.warning;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/warnings")
@Tag(name = "Warnings", description = "蓝黄红三色预警: current colours, history, manual overrides")
class WarningApiController {

    private final WarningService service;

    WarningApiController(WarningService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Current warnings in scope, below organizationId (inclusive) when given, of one colour when given")
    List<WarningResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                               @RequestParam(required = false) WarningColor color) {
        return service.current(caller, organizationId, color).stream().map(WarningResponse::of).toList();
    }

    @GetMapping("/{subjectType}/{subjectId}/history")
    List<WarningRepository.HistoryEntry> history(@AuthenticationPrincipal Caller caller, @PathVariable SubjectType subjectType,
                                                 @PathVariable long subjectId) {
        return service.history(caller, subjectType, subjectId);
    }

    @PostMapping("/override")
    @Operation(summary = "Set a subject's colour by hand (color null clears it), with a reason; the caller is the approver")
    WarningResponse override(@AuthenticationPrincipal Caller caller, @Valid @RequestBody OverrideRequest r) {
        return WarningResponse.of(service.override(caller, r.subjectType(), r.subjectId(), r.color(), r.reason()));
    }

    record OverrideRequest(@NotNull SubjectType subjectType, @NotNull Long subjectId, WarningColor color,
                           @NotBlank @Size(max = 2000) String reason) {
    }

    record WarningResponse(SubjectType subjectType, long subjectId, long organizationId, String label, WarningColor color,
                           Instant since, String rule) {
        static WarningResponse of(Warning w) {
            return new WarningResponse(w.subjectType(), w.subjectId(), w.organizationId(), w.label(), w.color(), w.since(), w.rule());
        }
    }
}
