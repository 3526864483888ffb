package io.shuzhi.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who changed what (ADMIN only)")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Latest changes, newest first")
    List<AuditResponse> latest(@RequestParam(defaultValue = "50") int limit) {
        return auditLog.latest(limit).stream()
                .map(e -> new AuditResponse(e.id(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.before(), e.after()))
                .toList();
    }

    record AuditResponse(long id, Instant at, String actor, String action, String entityType, String entityId,
                         String before, String after) {
    }
}
