package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The same organization's reports of this year and last year side by side, part by part; last year's commitments
 * with whether each was kept, and last year's problems with whether each was closed out (from the follow-up
 * feature when it tracks them) and whether this year's report takes them up again.
 */
@Controller
class YearOverYearController {

    private final DutyReportService reports;
    private final CampaignService campaigns;
    private final OrganizationService organizations;
    private final ReviewQueries queries;
    private final ReportAnalysisService analyses;
    private final ObjectProvider<FollowUpLookup> followUp;

    YearOverYearController(DutyReportService reports, CampaignService campaigns, OrganizationService organizations,
                           ReviewQueries queries, ReportAnalysisService analyses, ObjectProvider<FollowUpLookup> followUp) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.queries = queries;
        this.analyses = analyses;
        this.followUp = followUp;
    }

    public record PartPair(Section section, List<ReportItem> thisYear, List<ReportItem> lastYear) {
    }

    /** {@code tracked}: null when not tracked; {@code mentioned}: taken up again in this year's report. */
    public record Carried(String text, String target, Boolean tracked, boolean mentioned) {
    }

    @GetMapping("/reports/{id}/year-over-year")
    String compare(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        DutyReport report = reports.get(caller, id);
        int year = campaigns.find(report.campaignId()).year();
        model.addAttribute("report", report);
        model.addAttribute("organization", organizations.get(caller, report.organizationId()));
        model.addAttribute("year", year);
        Optional<DutyReport> last = queries.reportOf(report.organizationId(), year - 1).flatMap(lastId -> visible(caller, lastId));
        model.addAttribute("last", last.orElse(null));
        if (last.isEmpty()) {
            return "review/year-over-year";
        }
        List<PartPair> parts = new ArrayList<>();
        for (Section s : Section.values()) {
            parts.add(new PartPair(s, report.content().items(s), last.get().content().items(s)));
        }
        model.addAttribute("parts", parts);
        String thisText = report.isStarted() ? analyses.current(report).text() : "";
        String thisProblems = joined(report.content().items(Section.PROBLEMS));
        AnalysisView lastView = AnalysisView.parse(analyses.current(last.get()).json());
        FollowUpLookup lookup = followUp.getIfAvailable();
        long org = report.organizationId();
        model.addAttribute("commitments", lastView.commitments().stream().map(c -> new Carried(c.text(), c.target(),
                lookup == null ? null : lookup.commitmentKept(org, year - 1, c.text()).orElse(null),
                BigramContainment.of(c.text(), thisText) >= BigramContainment.MENTIONED)).toList());
        model.addAttribute("problems", last.get().content().items(Section.PROBLEMS).stream().map(p -> {
            String text = p.heading() + p.text();
            return new Carried(text, null, lookup == null ? null : lookup.problemClosedOut(org, year - 1, text).orElse(null),
                    BigramContainment.of(text, thisProblems) >= BigramContainment.MENTIONED);
        }).toList());
        return "review/year-over-year";
    }

    private Optional<DutyReport> visible(Caller caller, long id) {
        try {
            return Optional.of(reports.get(caller, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String joined(List<ReportItem> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append(i.heading()).append(i.text()).append('\n'));
        return sb.toString();
    }
}
