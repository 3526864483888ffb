package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The dashboard page, and its data as JSON for the charts (session) and for API clients (token). */
@Controller
class DashboardController {

    private final DashboardService dashboards;
    private final OrganizationService organizations;
    private final Clock clock;

    DashboardController(DashboardService dashboards, OrganizationService organizations, Clock clock) {
        this.dashboards = dashboards;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/followup")
    String page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) Integer year, Model model) {
        List<Organization> roots = organizations.children(caller, null);
        Long root = organizationId != null ? organizationId : roots.isEmpty() ? null : roots.get(0).id();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("organizations", organizations.list(caller));
        model.addAttribute("year", y);
        model.addAttribute("dashboard", root == null ? null : dashboards.build(caller, root, y));
        return "followup/dashboard";
    }

    @GetMapping({"/followup/dashboard.json", "/api/followup/dashboard"})
    @ResponseBody
    @Operation(summary = "Follow-up dashboard of a subtree: problem counts, fulfilment by child, warnings by colour, weak organizations")
    Dashboard data(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam(required = false) Integer year) {
        return dashboards.build(caller, organizationId, year == null ? LocalDate.now(clock).getYear() : year);
    }
}
