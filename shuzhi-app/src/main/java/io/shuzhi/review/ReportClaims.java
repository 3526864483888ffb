package io.shuzhi.review;

import io.shuzhi.account.Scope;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.workrecord.ClaimChecker;
import io.shuzhi.workrecord.ReportFigureLinks;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * A report's figures checked against its leader's work records of the campaign year (ADR 400, 数据核对). The
 * leader is the user holding SECRETARY on the report's organization, else the user who saved the current version.
 * The text is the analysed text of the current version, so offsets point where the analysis findings point.
 */
@Component
class ReportClaims {

    /** Every checked figure, and the disagreements as {@code CLAIM_MISMATCH} findings. */
    record Claims(List<ClaimChecker.ClaimCheck> checks, List<ClaimChecker.Finding> findings) {
        static final Claims NONE = new Claims(List.of(), List.of());
    }

    private final DutyReportService reports;
    private final CampaignService campaigns;
    private final ReportAnalysisService analyses;
    private final ClaimChecker checker;
    private final ReportFigureLinks people;

    ReportClaims(DutyReportService reports, CampaignService campaigns, ReportAnalysisService analyses, ClaimChecker checker,
                 ReportFigureLinks people) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.analyses = analyses;
        this.checker = checker;
        this.people = people;
    }

    Claims of(DutyReport report) {
        if (!report.isStarted()) {
            return Claims.NONE;
        }
        Optional<Long> leader = leaderOf(report);
        if (leader.isEmpty()) {
            return Claims.NONE;
        }
        int year = campaigns.find(report.campaignId()).year();
        String text = analyses.current(report).text();
        List<ClaimChecker.ClaimCheck> checks = checker.review(Scope.ALL, leader.get(), year, text);
        return new Claims(checks, checks.stream().filter(c -> !c.agrees())
                .map(c -> new ClaimChecker.Finding(ClaimChecker.RULE, c.text(), c.claimed(), c.recorded(), c.counter(), c.start(), c.end()))
                .toList());
    }

    Optional<Long> leaderOf(DutyReport report) {
        return people.secretaryOf(report.organizationId())
                .or(() -> reports.authorOf(report.id()).flatMap(people::userNamed));
    }
}
