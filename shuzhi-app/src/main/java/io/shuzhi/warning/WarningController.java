package io.shuzhi.warning;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.DomainException;
import io.shuzhi.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

@Controller
class WarningController {

    private final WarningService service;
    private final OrganizationService organizations;

    WarningController(WarningService service, OrganizationService organizations) {
        this.service = service;
        this.organizations = organizations;
    }

    @GetMapping("/warnings")
    String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) WarningColor color, Model model) {
        model.addAttribute("warnings", service.current(caller, organizationId, color));
        model.addAttribute("organizations", organizations.list(caller));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("color", color);
        model.addAttribute("colors", WarningColor.values());
        return "followup/warnings";
    }

    /** One subject's colour today and every change of it (history API: GET /api/warnings/{type}/{id}/history). */
    @GetMapping("/warnings/{subjectType}/{subjectId}")
    String history(@AuthenticationPrincipal Caller caller, @PathVariable SubjectType subjectType, @PathVariable long subjectId, Model model) {
        model.addAttribute("history", service.history(caller, subjectType, subjectId));
        model.addAttribute("current", service.current(caller, null, null).stream()
                .filter(w -> w.subjectType() == subjectType && w.subjectId() == subjectId).findFirst().orElse(null));
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        return "followup/warning-history";
    }

    @PostMapping("/warnings/override")
    String override(@AuthenticationPrincipal Caller caller, @RequestParam SubjectType subjectType, @RequestParam long subjectId,
                    @RequestParam(required = false) WarningColor color, @RequestParam String reason, RedirectAttributes redirect) {
        try {
            service.override(caller, subjectType, subjectId, color, reason);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/warnings";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem warningsNav() {
            return new NavItem("nav.warnings", "/warnings", 43, Set.of());
        }
    }
}
