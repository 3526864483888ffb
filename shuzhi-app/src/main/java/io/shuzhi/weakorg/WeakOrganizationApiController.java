package io.shuzhi.weakorg;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/weak-organizations")
@Tag(name = "Weak organizations", description = "软弱涣散党组织: bottom ranking with quotas, designation, sponsors, turnaround")
class WeakOrganizationApiController {

    private final WeakOrganizationService service;

    WeakOrganizationApiController(WeakOrganizationService service) {
        this.service = service;
    }

    @PostMapping("/preview")
    @Operation(summary = "倒排 preview: per level, or per level and sector, the quota ceil(share × total), and the candidates from the bottom (stores nothing)")
    BottomRanking preview(@AuthenticationPrincipal Caller caller, @Valid @RequestBody PreviewRequest r) {
        return service.preview(caller, r.rootOrganizationId(), r.year());
    }

    @PostMapping("/confirm")
    @Operation(summary = "Designate the chosen candidates of the ranking")
    List<WeakOrganization> confirm(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ConfirmRequest r) {
        return service.confirm(caller, r.rootOrganizationId(), r.year(), r.organizationIds());
    }

    @PostMapping
    @Operation(summary = "Designate one organization by hand, with a reason")
    ResponseEntity<WeakOrganization> designate(@AuthenticationPrincipal Caller caller, @Valid @RequestBody DesignateRequest r) {
        return ResponseEntity.status(201).body(service.designateManually(caller, r.organizationId(), r.year(), r.reason()));
    }

    @GetMapping
    List<WeakOrganization> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                @RequestParam(required = false) Integer year) {
        return service.list(caller, organizationId, year);
    }

    @GetMapping("/{id}")
    WeakOrganization get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @PostMapping("/{id}/sponsors")
    @Operation(summary = "Add a 包保 leader")
    WeakOrganization addSponsor(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody SponsorRequest r) {
        return service.addSponsor(caller, id, r.name(), r.userId());
    }

    @PostMapping("/{id}/first-secretary")
    WeakOrganization firstSecretary(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody FirstSecretaryRequest r) {
        return service.setFirstSecretary(caller, id, r.name());
    }

    @PostMapping("/{id}/plan")
    @Operation(summary = "Add a problem to the consolidation plan")
    List<Long> addPlanProblem(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody PlanRequest r) {
        service.addPlanProblem(caller, id, r.problemId());
        return service.planProblems(caller, id);
    }

    @PostMapping("/{id}/assess")
    @Operation(summary = "转化验收: score ≥ pass mark (default 70) → TURNED_AROUND, else CARRIED_OVER into next year")
    WeakOrganization assess(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody AssessRequest r) {
        return service.assess(caller, id, r.score());
    }

    record PreviewRequest(@NotNull Long rootOrganizationId, @NotNull Integer year) {
    }

    record ConfirmRequest(@NotNull Long rootOrganizationId, @NotNull Integer year, @NotNull List<@NotNull Long> organizationIds) {
    }

    record DesignateRequest(@NotNull Long organizationId, @NotNull Integer year, @NotBlank @Size(max = 2000) String reason) {
    }

    record SponsorRequest(@NotBlank @Size(max = 100) String name, Long userId) {
    }

    record FirstSecretaryRequest(@Size(max = 100) String name) {
    }

    record PlanRequest(@NotNull Long problemId) {
    }

    record AssessRequest(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score) {
    }
}
