package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.review.CompilationRepository.FoundReport;
import io.shuzhi.review.OrganizationNameMatcher.Candidate;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import io.shuzhi.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Uploading a published compilation (汇编) into a campaign: split into reports and matched to the campaign's
 * reporter organizations by the byline, then held until the organization department confirms the matches
 * ({@link CompilationImport}). Nothing reaches the duty reports before that.
 */
@Service
public class CompilationService {

    private static final Logger log = LoggerFactory.getLogger(CompilationService.class);

    private final CampaignService campaigns;
    private final CompilationRepository compilations;
    private final ReportAnalyser analyser;
    private final AuditLog audit;
    private final Clock clock;
    private final CompilationWorkers workers;
    private final TransactionTemplate transaction;
    private final long asyncThreshold;
    private final Duration stalledAfter;

    private static final String STALLED = "汇编分析已中断，请重新上传 / The analysis stopped before it finished; please upload again";

    CompilationService(CampaignService campaigns, CompilationRepository compilations, ReportAnalyser analyser,
                       AuditLog audit, Clock clock, CompilationWorkers workers, PlatformTransactionManager transactions,
                       @Value("${shuzhi.review.async-threshold:200KB}") DataSize asyncThreshold,
                       @Value("${shuzhi.review.analysis-stalled-after:15m}") Duration stalledAfter) {
        this.stalledAfter = stalledAfter;
        this.campaigns = campaigns;
        this.compilations = compilations;
        this.analyser = analyser;
        this.audit = audit;
        this.clock = clock;
        this.workers = workers;
        this.transaction = new TransactionTemplate(transactions);
        this.asyncThreshold = asyncThreshold.toBytes();
    }

    /**
     * The reports found, in order, with the proposed organization (null when none is likely); for a large file
     * that is still being analysed, {@code processing} and no reports yet.
     */
    record Upload(long id, boolean processing, List<FoundReport> reports) {
    }

    /** Where the analysis of an upload stands: PROCESSING, READY or FAILED, with a clear error when it failed. */
    record Status(long id, String status, int progress, List<FoundReport> reports, String error) {
    }

    public Upload upload(Caller caller, long campaignId, String fileName, byte[] content) {
        return upload(caller, campaignId, fileName, content, asyncThreshold);
    }

    /**
     * Files of at least {@code asyncThreshold} bytes are analysed in the background; smaller ones are answered at
     * once. (The file's size, not its extracted text's: only the analysis library's facade may read documents.)
     */
    Upload upload(Caller caller, long campaignId, String fileName, byte[] content, long asyncThreshold) {
        Campaign campaign = campaigns.manageable(caller, campaignId);
        String name = fileName == null || fileName.isBlank() ? "compilation.txt" : fileName;
        if (content.length < asyncThreshold) {
            List<ReportAnalyser.Found> found = find(campaign, name, content, (done, of) -> {
            });
            return transaction.execute(tx -> {
                long id = compilations.insert(campaignId, name, clock.instant(), caller.getUsername());
                store(campaign, id, name, found);
                return new Upload(id, false, compilations.reports(id));
            });
        }
        long id = compilations.insertProcessing(campaignId, name, clock.instant(), caller.getUsername());
        if (!workers.start(() -> analyseInBackground(campaign, id, name, content))) {
            compilations.markFailed(id, "系统繁忙，请稍后重新上传 / Too many uploads are being analysed; please upload again later");
        }
        return new Upload(id, true, List.of());
    }

    /** Everything found is stored in one transaction with READY; on failure nothing of it, and the reason. */
    private void analyseInBackground(Campaign campaign, long id, String name, byte[] content) {
        try {
            compilations.advance(id, 5, clock.instant());
            // progress ticks commit one by one (no transaction yet), so any node answering the status sees them
            List<ReportAnalyser.Found> found = find(campaign, name, content,
                    (done, of) -> compilations.advance(id, 10 + 85 * done / of, clock.instant()));
            transaction.executeWithoutResult(tx -> {
                store(campaign, id, name, found);
                compilations.markReady(id);
            });
        } catch (DomainException e) {
            compilations.markFailed(id, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Compilation {} could not be analysed", id, e);
            compilations.markFailed(id, "汇编分析失败，请检查文件后重新上传 / The compilation could not be analysed; check the file and upload again");
        }
    }

    private List<ReportAnalyser.Found> find(Campaign campaign, String name, byte[] content, ReportAnalyser.Progress progress) {
        List<ReportAnalyser.Found> found = analyser.split(content, name, campaign.year(), progress);
        if (found.isEmpty()) {
            throw new InvalidInputException("compilation.no-reports", "file", "文件中没有找到述职报告 / No duty report found in the file");
        }
        return found;
    }

    private void store(Campaign campaign, long id, String name, List<ReportAnalyser.Found> found) {
        long campaignId = campaign.id();
        List<Candidate> candidates = campaigns.reporters(campaignId).stream()
                .map(r -> new Candidate(r.organizationId(), r.organizationName())).toList();
        List<String> bylines = found.stream().map(CompilationService::byline).toList();
        List<OrganizationNameMatcher.Match> matches = OrganizationNameMatcher.assign(bylines, candidates);
        for (int i = 0; i < found.size(); i++) {
            var r = found.get(i).view();
            compilations.insertReport(id, new FoundReport(i, r.title(), bylines.get(i), found.get(i).text(),
                    matches.get(i).organizationId(), matches.get(i).confidence(), null));
        }
        audit.record("compilation.uploaded", "Compilation", id, campaign.hostOrganizationId(), null,
                Map.of("campaignId", campaignId, "file", name, "reports", found.size()));
    }

    public Status status(Caller caller, long campaignId, long compilationId) {
        campaigns.manageable(caller, campaignId);
        var c = compilations.find(compilationId).filter(x -> x.campaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Compilation", compilationId));
        if ("PROCESSING".equals(c.analysisStatus()) && c.movedAt().plus(stalledAfter).isBefore(clock.instant())) {
            // the node analysing it went away: say so rather than leave the bar hanging
            return new Status(c.id(), "FAILED", c.progress(), List.of(), STALLED);
        }
        return new Status(c.id(), c.analysisStatus(), c.progress(),
                c.isReady() ? compilations.reports(compilationId) : List.of(), c.error());
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
