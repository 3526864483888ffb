package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.Reporter;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the campaign overview from the latest analysis of each report the caller may see. */
@Service
public class CampaignOverviewService {

    /** The finding rules of the analysis contract, in its order; a rule the library adds later shows up once listed. */
    static final List<String> RULES = List.of("MISSING_SECTION", "REPEATED_PASSAGE", "TYPO", "GRAMMAR", "MIXED_QUOTES",
            "UNQUANTIFIED_COMMITMENT", "COMMITMENT_WITHOUT_DEADLINE", "VAGUE_PROBLEM", "BOILERPLATE");

    private final CampaignService campaigns;
    private final ReportAnalysisRepository analyses;

    CampaignOverviewService(CampaignService campaigns, ReportAnalysisRepository analyses) {
        this.campaigns = campaigns;
        this.analyses = analyses;
    }

    public CampaignOverview overview(Caller caller, long campaignId) {
        Campaign campaign = campaigns.get(caller, campaignId);
        List<DutyReport> reports = campaigns.reports(caller, campaignId);
        Map<Long, String> names = campaigns.reporters(campaignId).stream()
                .collect(Collectors.toMap(Reporter::reportId, Reporter::organizationName, (a, b) -> a));
        Map<Long, ReportAnalysisRepository.Row> latest = analyses.latestOfReports(reports.stream().map(DutyReport::id).toList())
                .stream().collect(Collectors.toMap(ReportAnalysisRepository.Row::reportId, Function.identity()));
        List<CampaignOverview.Row> rows = reports.stream().map(r -> row(r, names.getOrDefault(r.id(), ""), latest.get(r.id()))).toList();
        return new CampaignOverview(campaign.id(), campaign.title(), campaign.year(), RULES, rows);
    }

    private static CampaignOverview.Row row(DutyReport report, String name, ReportAnalysisRepository.Row a) {
        if (a == null) {
            return new CampaignOverview.Row(report.id(), name, report.status().name(), null, null, null, null, null, null, null);
        }
        Map<String, Integer> byRule = new LinkedHashMap<>();
        RULES.forEach(rule -> byRule.put(rule, 0));
        AnalysisView.parse(a.json()).findings().forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
        double share = a.textChars() == 0 ? 0 : (double) a.boilerplateChars() / a.textChars();
        return new CampaignOverview.Row(report.id(), name, report.status().name(), a.quantities(), a.commitments(),
                a.quantifiedCommitments(), a.datedCommitments(), byRule, a.findings(), share);
    }
}
