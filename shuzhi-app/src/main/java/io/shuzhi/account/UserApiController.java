package io.shuzhi.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Users and their role x subtree grants")
class UserApiController {

    private final UserService service;

    UserApiController(UserService service) {
        this.service = service;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller, with its grants")
    UserResponse me(@AuthenticationPrincipal Caller caller) {
        return UserResponse.of(caller);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','ORGANIZATION_DEPARTMENT')")
    @Operation(summary = "Users with a grant inside the caller's administrative scope")
    List<UserResponse> list(@AuthenticationPrincipal Caller caller) {
        return service.list(caller).stream().map(UserResponse::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','ORGANIZATION_DEPARTMENT')")
    @Operation(summary = "Create a user (ORGANIZATION_DEPARTMENT: only within its own subtree, never ADMIN)")
    ResponseEntity<UserResponse> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CreateUserRequest request) {
        Caller created = service.create(caller, request.username(), request.password(), request.displayName(),
                request.grants().stream().map(g -> new Grant(g.role(), g.organizationId())).toList());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(UserResponse.of(created));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','ORGANIZATION_DEPARTMENT')")
    UserResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return UserResponse.of(service.get(caller, id));
    }

    @PutMapping("/{id}/grants")
    @PreAuthorize("hasAnyRole('ADMIN','ORGANIZATION_DEPARTMENT')")
    @Operation(summary = "Replace a user's grants")
    UserResponse changeGrants(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                              @Valid @RequestBody List<@Valid GrantRequest> grants) {
        return UserResponse.of(service.changeGrants(caller, id, grants.stream().map(g -> new Grant(g.role(), g.organizationId())).toList()));
    }

    record GrantRequest(@NotNull Role role, Long organizationId) {
    }

    record CreateUserRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "只能包含字母、数字、. _ -") String username,
                             @NotBlank @Size(max = 200) String password,
                             @NotBlank @Size(max = 100) String displayName,
                             @NotEmpty List<@Valid GrantRequest> grants) {
    }

    record UserResponse(long id, String username, String displayName, boolean active, List<GrantResponse> grants) {
        static UserResponse of(Caller c) {
            return new UserResponse(c.id(), c.getUsername(), c.displayName(), c.isEnabled(),
                    c.grants().stream().map(g -> new GrantResponse(g.role(), g.organizationId())).toList());
        }
    }

    record GrantResponse(Role role, Long organizationId) {
    }
}
