package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.campaign.Campaign;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.campaign.ReportContent;
import io.shuzhi.review.CompilationRepository.FoundReport;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confirming an uploaded compilation: each matched report is written into its organization's duty report through
 * the campaign's own service (save, then submit and accept), because a published compilation records reports
 * that were given and reviewed; a report lacking a required part stays a draft for someone to complete. The
 * analyses are made of the reports as printed, together, so copied passages across the batch are flagged.
 */
@Service
public class CompilationImport {

    private final CompilationRepository compilations;
    private final CampaignService campaigns;
    private final DutyReportService reports;
    private final ReportAnalyser analyser;
    private final ReportAnalysisService analyses;
    private final AuditLog audit;
    private final Clock clock;

    CompilationImport(CompilationRepository compilations, CampaignService campaigns, DutyReportService reports,
                      ReportAnalyser analyser, ReportAnalysisService analyses, AuditLog audit, Clock clock) {
        this.compilations = compilations;
        this.campaigns = campaigns;
        this.reports = reports;
        this.analyser = analyser;
        this.analyses = analyses;
        this.audit = audit;
        this.clock = clock;
    }

    /** One imported report: where it went and in which state. */
    record Imported(int index, Long organizationId, Long reportId, String status) {
    }

    /**
     * @param overrides index → organization id (null: do not import that report), replacing the proposed matches
     */
    @Transactional
    public List<Imported> confirm(Caller caller, long campaignId, long compilationId, Map<Integer, Long> overrides) {
        Campaign campaign = campaigns.manageable(caller, campaignId);
        var compilation = compilations.lock(compilationId).filter(c -> c.campaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Compilation", compilationId));
        if (!compilation.isPending()) {
            throw new ConflictException("compilation.already-confirmed", "该汇编已确认导入 / This compilation was already imported");
        }
        if (!compilation.isReady()) {
            throw new ConflictException("compilation.not-ready",
                    "该汇编尚未分析完成或分析失败，不能导入 / The compilation is still being analysed or its analysis failed");
        }
        List<FoundReport> found = compilations.reports(compilationId);
        Map<Long, DutyReport> byOrganization = campaigns.reports(campaignId).stream()
                .collect(Collectors.toMap(DutyReport::organizationId, r -> r));
        Map<Integer, Long> chosen = choose(found, overrides, byOrganization);

        List<FoundReport> toImport = found.stream().filter(f -> chosen.get(f.index()) != null).toList();
        List<AnalysedText> analysed = analyser.analyseBatch(toImport.stream().map(FoundReport::text).toList(), campaign.year());
        List<DutyReport> saved = new ArrayList<>();
        List<Imported> result = new ArrayList<>();
        for (int i = 0; i < toImport.size(); i++) {
            FoundReport f = toImport.get(i);
            DutyReport target = byOrganization.get(chosen.get(f.index()));
            DutyReport after = write(caller, target, ContentFromAnalysis.of(analysed.get(i).text(), analysed.get(i).view()));
            saved.add(after);
            compilations.confirm(compilationId, f.index(), after.organizationId(), after.id());
            result.add(new Imported(f.index(), after.organizationId(), after.id(), after.status().name()));
        }
        found.stream().filter(f -> chosen.get(f.index()) == null).forEach(f -> {
            compilations.confirm(compilationId, f.index(), null, null);
            result.add(new Imported(f.index(), null, null, null));
        });
        analyses.storeUploaded(saved, analysed);
        compilations.markConfirmed(compilationId, clock.instant());
        audit.record("compilation.confirmed", "Compilation", compilationId, campaign.hostOrganizationId(), null,
                Map.of("reports", saved.stream().map(DutyReport::id).toList()));
        afterCommit(() -> analyses.indexUploaded(saved, analysed, campaign.year()));
        result.sort(java.util.Comparator.comparingInt(Imported::index));
        return result;
    }

    private DutyReport write(Caller caller, DutyReport target, ReportContent content) {
        if (!target.status().isEditable()) {
            throw new ConflictException("compilation.report-not-editable",
                    "述职报告已提交或已通过，不能用汇编覆盖 / The duty report was already submitted or accepted: " + target.id());
        }
        DutyReport saved = reports.save(caller, target.id(), content);
        if (!content.missingForSubmission().isEmpty()) {
            return saved;
        }
        reports.submit(caller, saved.id());
        return reports.accept(caller, saved.id());
    }

    private static Map<Integer, Long> choose(List<FoundReport> found, Map<Integer, Long> overrides,
                                             Map<Long, DutyReport> byOrganization) {
        Map<Integer, Long> chosen = new HashMap<>();
        found.forEach(f -> chosen.put(f.index(), f.organizationId()));
        overrides.forEach((index, org) -> {
            if (!chosen.containsKey(index)) {
                throw new InvalidInputException("compilation.no-such-report", "matches", "汇编中没有第 " + index + " 篇报告 / No report at index " + index);
            }
            chosen.put(index, org);
        });
        Set<Long> used = new HashSet<>();
        for (Long org : chosen.values()) {
            if (org == null) {
                continue;
            }
            if (!byOrganization.containsKey(org)) {
                throw new InvalidInputException("compilation.not-a-reporter", "matches", "该组织不是本次述职的述职单位 / Not a reporter of this campaign: " + org);
            }
            if (!used.add(org)) {
                throw new InvalidInputException("compilation.duplicate-match", "matches", "两篇报告不能匹配同一单位 / Two reports matched to one organization: " + org);
            }
        }
        return chosen;
    }

    /** The index is only told about reports whose import committed. */
    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
