package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.review.CompilationRepository.FoundReport;
import io.shuzhi.review.OrganizationNameMatcher.Candidate;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Uploading a published compilation (汇编) into a campaign: split into reports and matched to the campaign's
 * reporter organizations by the byline, then held until the organization department confirms the matches
 * ({@link CompilationImport}). Nothing reaches the duty reports before that.
 */
@Service
public class CompilationService {

    private final CampaignService campaigns;
    private final CompilationRepository compilations;
    private final ReportAnalyser analyser;
    private final AuditLog audit;
    private final Clock clock;

    CompilationService(CampaignService campaigns, CompilationRepository compilations, ReportAnalyser analyser,
                       AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.compilations = compilations;
        this.analyser = analyser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reports found, in order, with the proposed organization (null when none is likely). */
    record Upload(long id, List<FoundReport> reports) {
    }

    @Transactional
    public Upload upload(Caller caller, long campaignId, String fileName, byte[] content) {
        Campaign campaign = campaigns.manageable(caller, campaignId);
        String name = fileName == null || fileName.isBlank() ? "compilation.txt" : fileName;
        List<ReportAnalyser.Found> found = analyser.split(content, name, campaign.year());
        if (found.isEmpty()) {
            throw new InvalidInputException("compilation.no-reports", "file", "文件中没有找到述职报告 / No duty report found in the file");
        }
        List<Candidate> candidates = campaigns.reporters(campaignId).stream()
                .map(r -> new Candidate(r.organizationId(), r.organizationName())).toList();
        List<String> bylines = found.stream().map(CompilationService::byline).toList();
        List<OrganizationNameMatcher.Match> matches = OrganizationNameMatcher.assign(bylines, candidates);
        long id = compilations.insert(campaignId, name, clock.instant(), caller.getUsername());
        for (int i = 0; i < found.size(); i++) {
            var r = found.get(i).view();
            compilations.insertReport(id, new FoundReport(i, r.title(), bylines.get(i), found.get(i).text(),
                    matches.get(i).organizationId(), matches.get(i).confidence(), null));
        }
        audit.record("compilation.uploaded", "Compilation", id, campaign.hostOrganizationId(), null,
                Map.of("campaignId", campaignId, "file", name, "reports", found.size()));
        return new Upload(id, compilations.reports(id));
    }

    /** An upload waiting for confirmation, with the organizations it may be matched to. */
    record Pending(long id, long campaignId, String fileName, List<FoundReport> reports, List<Candidate> candidates) {
    }

    public Pending pending(Caller caller, long campaignId, long compilationId) {
        campaigns.manageable(caller, campaignId);
        var c = compilations.find(compilationId).filter(x -> x.campaignId() == campaignId && x.isPending())
                .orElseThrow(() -> new NotFoundException("Compilation", compilationId));
        List<Candidate> candidates = campaigns.reporters(campaignId).stream()
                .map(r -> new Candidate(r.organizationId(), r.organizationName())).toList();
        return new Pending(c.id(), campaignId, c.fileName(), compilations.reports(compilationId), candidates);
    }

    /** Who the report is by, as printed: the byline's organization, else the byline's name, else the title. */
    private static String byline(ReportAnalyser.Found f) {
        var reporter = f.view().reporter();
        if (reporter != null && reporter.organization() != null) {
            return reporter.organization();
        }
        if (reporter != null && reporter.name() != null) {
            return reporter.name();
        }
        return f.view().title() == null ? "" : f.view().title();
    }

}
