package io.shuzhi.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String list(@RequestParam(defaultValue = "200") int limit, Model model) {
        model.addAttribute("entries", auditLog.latest(limit));
        return "audit/list";
    }
}
