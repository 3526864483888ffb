package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.DomainException;
import io.shuzhi.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organization department's campaign pages: list, create, and the dashboard of reporters' progress. */
@Controller
class CampaignController {

    private final CampaignService campaigns;
    private final DutyReportService reports;
    private final OrganizationService organizations;
    private final Clock clock;

    CampaignController(CampaignService campaigns, DutyReportService reports, OrganizationService organizations, Clock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("campaigns", campaigns.list(caller));
        model.addAttribute("canCreate", caller.hasRole(Role.ADMIN, Role.ORGANIZATION_DEPARTMENT));
        return "campaign/list";
    }

    @GetMapping("/campaigns/new")
    String newForm(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long hostId, Model model) {
        List<Organization> hosts = organizations.list(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), false).stream()
                .filter(o -> o.depth() <= 3).toList();
        model.addAttribute("hosts", hosts);
        model.addAttribute("year", LocalDate.now(clock).getYear());
        if (hostId != null) {
            model.addAttribute("host", organizations.get(caller, hostId));
            model.addAttribute("children", organizations.children(caller, hostId));
        }
        return "campaign/new";
    }

    @PostMapping("/campaigns")
    String create(@AuthenticationPrincipal Caller caller, @RequestParam long hostId, @RequestParam int year,
                  @RequestParam String title, @RequestParam(required = false) List<Long> reporters,
                  @RequestParam(required = false) LocalDate reportDeadline, @RequestParam(required = false) LocalDate meetingDate,
                  RedirectAttributes redirect) {
        try {
            Campaign c = campaigns.create(caller, new NewCampaign(hostId, year, title.strip(), reporters == null ? List.of() : reporters,
                    reportDeadline, meetingDate, null));
            return "redirect:/campaigns/" + c.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage() + problems(e));
            return "redirect:/campaigns/new?hostId=" + hostId;
        }
    }

    @GetMapping("/campaigns/{id}")
    String dashboard(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.get(caller, id);
        Map<Long, DutyReport> byId = new LinkedHashMap<>();
        campaigns.reports(caller, id).forEach(r -> byId.put(r.id(), r));
        List<Row> rows = campaigns.reporters(id).stream().filter(r -> byId.containsKey(r.reportId()))
                .map(r -> new Row(r, byId.get(r.reportId()), progress(byId.get(r.reportId())), late(campaign, byId.get(r.reportId()))))
                .toList();
        model.addAttribute("campaign", campaign);
        model.addAttribute("rows", rows);
        model.addAttribute("manage", campaigns.canManage(caller, campaign));
        model.addAttribute("scheme", campaigns.scheme(campaign));
        model.addAttribute("routine", campaigns.routineScores(id));
        return "campaign/dashboard";
    }

    @PostMapping("/campaigns/{id}/routine-scores")
    String routineScores(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
                         RedirectAttributes redirect) {
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith("score-") && !values.get(0).isBlank()) {
                try {
                    scores.put(Long.parseLong(key.substring(6)), new BigDecimal(values.get(0).strip()));
                } catch (NumberFormatException e) {
                    scores.put(Long.parseLong(key.substring(6)), new BigDecimal("-1"));
                }
            }
        });
        try {
            campaigns.enterRoutineScores(caller, id, scores);
            redirect.addFlashAttribute("flash", "✓");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage() + problems(e));
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/reports/{id}/remind")
    String remind(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        reports.remind(caller, id);
        redirect.addFlashAttribute("flash", "✓");
        return "redirect:/campaigns/" + reports.get(caller, id).campaignId();
    }

    /** NOT_STARTED for a draft nobody has saved, else the report's status. */
    static String progress(DutyReport r) {
        return r.status() == ReportStatus.DRAFT && !r.isStarted() ? "NOT_STARTED" : r.status().name();
    }

    private boolean late(Campaign c, DutyReport r) {
        return c.reportDeadline() != null && LocalDate.now(clock).isAfter(c.reportDeadline()) && r.status().isEditable();
    }

    static String problems(DomainException e) {
        return e.fieldProblems().isEmpty() ? "" : " " + e.fieldProblems().stream().map(DomainException.FieldProblem::message).toList();
    }

    record Row(Reporter reporter, DutyReport report, String progress, boolean late) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem campaignsNav() {
            return new NavItem("nav.campaigns", "/campaigns", 20, Set.of());
        }
    }
}
