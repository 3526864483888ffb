package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "Enterprises", description = "Private enterprises and social organizations (两新组织) and whether each has its own, a joint, or no party organization")
class EnterpriseApiController {

    private final EnterpriseService enterprises;

    EnterpriseApiController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping
    @Operation(summary = "Enterprises and social organizations under an organization's subtree")
    List<Enterprise> list(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId) {
        return enterprises.list(caller, organizationId);
    }

    @GetMapping("/{id}")
    Enterprise get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return enterprises.get(caller, id);
    }

    @PostMapping
    @Operation(summary = "Register an enterprise (partyOrganization OWN/JOINT needs formedOn; NONE must not have it)")
    ResponseEntity<Enterprise> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody Enterprise request) {
        Enterprise created = enterprises.create(caller, request);
        return ResponseEntity.created(URI.create("/api/enterprises/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Enterprise update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody Enterprise request) {
        return enterprises.update(caller, id, request);
    }
}
