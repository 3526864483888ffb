package io.shuzhi.weakorg;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemStatus;
import io.shuzhi.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The yearly ranking (preview, then confirm) and the ledger of weak organizations with sponsors and assessment. */
@Controller
class WeakOrganizationController {

    private final WeakOrganizationService service;
    private final OrganizationService organizations;
    private final WeakOrgProperties properties;
    private final Clock clock;

    WeakOrganizationController(WeakOrganizationService service, OrganizationService organizations, WeakOrgProperties properties, Clock clock) {
        this.service = service;
        this.organizations = organizations;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/weak-organizations")
    String page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long rootId,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean preview, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("roots", organizations.list(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), false));
        model.addAttribute("rootId", rootId);
        model.addAttribute("year", y);
        model.addAttribute("ranking", preview && rootId != null ? service.preview(caller, rootId, y) : null);
        model.addAttribute("weak", service.list(caller, rootId, null));
        model.addAttribute("passMark", properties.passMark());
        return "followup/weak-organizations";
    }

    /** One weak organization: its designation, sponsors, and the problems of its consolidation plan with their status. */
    @GetMapping("/weak-organizations/{id}")
    String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        WeakOrganization w = service.get(caller, id);
        List<Problem> plan = service.planProblemDetails(caller, id);
        model.addAttribute("w", w);
        model.addAttribute("plan", plan);
        model.addAttribute("closed", plan.stream().filter(p -> p.status() == ProblemStatus.CLOSED).count());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("passMark", properties.passMark());
        return "followup/weak-organization";
    }

    @PostMapping("/weak-organizations/confirm")
    String confirm(@AuthenticationPrincipal Caller caller, @RequestParam long rootId, @RequestParam int year,
                   @RequestParam(name = "organizationIds", required = false) List<Long> ids, RedirectAttributes redirect) {
        return act(redirect, "/weak-organizations?rootId=" + rootId + "&year=" + year, () -> {
            int n = service.confirm(caller, rootId, year, ids == null ? List.of() : ids).size();
            redirect.addFlashAttribute("flash", "已确定 " + n + " 个软弱涣散基层党组织");
        });
    }

    @PostMapping("/weak-organizations/designate")
    String designate(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year,
                     @RequestParam String reason, RedirectAttributes redirect) {
        return act(redirect, "/weak-organizations?year=" + year, () -> service.designateManually(caller, organizationId, year, reason));
    }

    @PostMapping("/weak-organizations/{id}/sponsors")
    String sponsor(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
        return act(redirect, "/weak-organizations", () -> service.addSponsor(caller, id, name, null));
    }

    @PostMapping("/weak-organizations/{id}/first-secretary")
    String firstSecretary(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
        return act(redirect, "/weak-organizations", () -> service.setFirstSecretary(caller, id, name));
    }

    @PostMapping("/weak-organizations/{id}/plan")
    String plan(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam long problemId, RedirectAttributes redirect) {
        return act(redirect, "/weak-organizations/" + id, () -> service.addPlanProblem(caller, id, problemId));
    }

    @PostMapping("/weak-organizations/{id}/assess")
    String assess(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam BigDecimal score, RedirectAttributes redirect) {
        return act(redirect, "/weak-organizations", () -> service.assess(caller, id, score));
    }

    private static String act(RedirectAttributes redirect, String back, Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:" + back;
    }
}
