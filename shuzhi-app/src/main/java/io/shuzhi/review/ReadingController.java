package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annotated reading view of one report, and the one-click actions on it (accept a fix, adopt a commitment). */
@Controller
class ReadingController {

    private final DutyReportService reports;
    private final CampaignService campaigns;
    private final OrganizationService organizations;
    private final ReportAnalysisService analyses;
    private final ReviewChecklistService checklists;
    private final FindingFixer fixer;
    private final ObjectProvider<CommitmentAdoption> adoption;
    private final ReportClaims claims;
    private final MessageSource messages;

    ReadingController(DutyReportService reports, CampaignService campaigns, OrganizationService organizations,
                      ReportAnalysisService analyses, ReviewChecklistService checklists, FindingFixer fixer,
                      ObjectProvider<CommitmentAdoption> adoption, ReportClaims claims, MessageSource messages) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.analyses = analyses;
        this.checklists = checklists;
        this.fixer = fixer;
        this.adoption = adoption;
        this.claims = claims;
        this.messages = messages;
    }

    @GetMapping("/reports/{id}/reading")
    String reading(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        DutyReport report = reports.get(caller, id);
        Campaign campaign = campaigns.find(report.campaignId());
        model.addAttribute("report", report);
        model.addAttribute("campaign", campaign);
        model.addAttribute("organization", organizations.get(caller, report.organizationId()));
        if (!report.isStarted()) {
            return "review/reading";
        }
        var row = analyses.current(report);
        AnalysisView view = AnalysisView.parse(row.json());
        model.addAttribute("analysis", view);
        model.addAttribute("paragraphs", AnnotatedText.render(row.text(), view));
        model.addAttribute("canEdit", reports.canEdit(caller, report));
        model.addAttribute("canAdopt", adoption.getIfAvailable() != null);
        model.addAttribute("checklist", checklists.checklist(report, view));
        model.addAttribute("claims", claims.of(report));
        return "review/reading";
    }

    @PostMapping("/reports/{id}/findings/{index}/apply")
    String applyFix(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
        try {
            DutyReport saved = fixer.apply(caller, id, index);
            redirect.addFlashAttribute("flash", message("review.fix.applied", saved.version()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/reports/" + id + "/reading";
    }

    @PostMapping("/reports/{id}/commitments/{index}/adopt")
    String adopt(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
        CommitmentAdoption hook = adoption.getIfAvailable();
        DutyReport report = reports.get(caller, id);
        AnalysisView view = AnalysisView.parse(analyses.current(report).json());
        if (hook == null || index < 0 || index >= view.commitments().size()) {
            redirect.addFlashAttribute("flash", message("review.adopt.unavailable"));
            return "redirect:/reports/" + id + "/reading";
        }
        var c = view.commitments().get(index);
        int year = campaigns.find(report.campaignId()).year();
        try {
            hook.adopt(caller, id, report.organizationId(), year, c.text(), c.value(), c.max(), c.unit(), c.comparator(), c.deadline());
            redirect.addFlashAttribute("flash", message("review.adopt.done"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/reports/" + id + "/reading#c-" + index;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
