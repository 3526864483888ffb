package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Organizations", description = "The organization tree, limited to the caller's scope")
class OrganizationApiController {

    private final OrganizationService service;

    OrganizationApiController(OrganizationService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "All active organizations in the caller's scope, in tree order")
    List<OrganizationResponse> list(@AuthenticationPrincipal Caller caller) {
        return service.list(caller).stream().map(OrganizationResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization (404 when outside the caller's scope)")
    OrganizationResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return OrganizationResponse.of(service.get(caller, id));
    }

    @PostMapping
    @Operation(summary = "Create an organization under parentId (null parent: ADMIN only)")
    ResponseEntity<OrganizationResponse> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CreateRequest request) {
        Organization created = service.create(caller, new NewOrganization(request.parentId(), request.code(), request.name(),
                request.kind(), request.level(), request.sector(), request.secretaryName(), request.foundedOn()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(OrganizationResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename or re-classify an organization")
    OrganizationResponse update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody UpdateRequest request) {
        return OrganizationResponse.of(service.update(caller, id, new OrganizationDetails(request.name().trim(), request.kind(),
                request.level(), request.sector(), request.secretaryName(), request.foundedOn())));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move the organization and its subtree under another parent (no cycles)")
    OrganizationResponse move(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody MoveRequest request) {
        return OrganizationResponse.of(service.move(caller, id, request.parentId()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate (organizations are never deleted)")
    OrganizationResponse deactivate(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return OrganizationResponse.of(service.setActive(caller, id, false));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated organization")
    OrganizationResponse reactivate(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return OrganizationResponse.of(service.setActive(caller, id, true));
    }

    record CreateRequest(Long parentId,
                         @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "只能包含字母、数字、. _ -") String code,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull OrganizationKind kind, @NotNull Level level, Sector sector,
                         @Size(max = 100) String secretaryName, LocalDate foundedOn) {
    }

    record UpdateRequest(@NotBlank @Size(max = 200) String name, @NotNull OrganizationKind kind, @NotNull Level level,
                         Sector sector, @Size(max = 100) String secretaryName, LocalDate foundedOn) {
    }

    record MoveRequest(@NotNull Long parentId) {
    }

    record OrganizationResponse(long id, Long parentId, String code, String name, OrganizationKind kind, Level level,
                                Sector sector, String secretaryName, LocalDate foundedOn, boolean active) {
        static OrganizationResponse of(Organization o) {
            return new OrganizationResponse(o.id(), o.parentId(), o.code(), o.name(), o.kind(), o.level(), o.sector(),
                    o.secretaryName(), o.foundedOn(), o.active());
        }
    }
}
