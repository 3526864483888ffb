package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writing, submitting, reviewing and critiquing duty reports. Every change is versioned or logged, and audited. */
@Service
@Transactional(readOnly = true)
public class DutyReportService {

    private final DutyReportRepository reports;
    private final CampaignService campaigns;
    private final CampaignRepository campaignRepository;
    private final CampaignAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ContentJson json;
    private final Clock clock;

    DutyReportService(DutyReportRepository reports, CampaignService campaigns, CampaignRepository campaignRepository,
                      CampaignAccess access, AuditLog audit, ApplicationEventPublisher events, ContentJson json, Clock clock) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The report, if the caller sees its organization or the campaign's host; 404 otherwise. */
    public DutyReport get(Caller caller, long id) {
        DutyReport report = reports.find(id).orElseThrow(() -> new NotFoundException("DutyReport", id));
        Campaign campaign = campaigns.find(report.campaignId());
        if (!access.sees(caller, report.organizationId()) && !access.sees(caller, campaign.hostOrganizationId())) {
            throw new NotFoundException("DutyReport", id);
        }
        return report;
    }

    /** Unscoped, for work already authorised (the review feature analysing a version just saved). */
    public Optional<DutyReport> find(long id) {
        return reports.find(id);
    }

    public boolean canEdit(Caller caller, DutyReport report) {
        return report.status().isEditable() && access.isReporter(caller, report);
    }

    public boolean canCritique(Caller caller, DutyReport report) {
        try {
            access.requireHostSecretary(caller, campaigns.find(report.campaignId()));
            return true;
        } catch (io.shuzhi.shared.ForbiddenException e) {
            return false;
        }
    }

    @Transactional
    public DutyReport save(Caller caller, long id, ReportContent content) {
        DutyReport before = lockForReporter(caller, id);
        DutyReport after = before.edit(content);
        Instant now = clock.instant();
        reports.update(after, now);
        reports.insertVersion(after, now, caller.getUsername());
        audit.record("report.saved", "DutyReport", id, after.organizationId(), Map.of("version", before.version()), Map.of("version", after.version()));
        events.publishEvent(new ReportSaved(id, after.campaignId(), after.organizationId(), after.version()));
        return after;
    }

    @Transactional
    public DutyReport submit(Caller caller, long id) {
        DutyReport before = lockForReporter(caller, id);
        return transition(caller, before, before.submit(), "SUBMITTED", null);
    }

    @Transactional
    public DutyReport returnToReporter(Caller caller, long id, String comment) {
        DutyReport before = lockForHost(caller, id);
        return transition(caller, before, before.returnWith(comment), "RETURNED", comment);
    }

    @Transactional
    public DutyReport accept(Caller caller, long id) {
        DutyReport before = lockForHost(caller, id);
        return transition(caller, before, before.accept(), "ACCEPTED", null);
    }

    /** Splits an uploaded file for the reporter to confirm; nothing is saved until the reporter saves the result. */
    public ReportContent splitUpload(Caller caller, long id, List<String> paragraphs, ReportSplitter splitter) {
        DutyReport report = get(caller, id);
        access.requireReporter(caller, report);
        if (!report.status().isEditable()) {
            throw new ReportTransitionRefused(report.status(), "上传 / upload");
        }
        return splitter.split(paragraphs);
    }

    /** A reminder to a late reporter: recorded in the report's log, shown to the reporter. No forced check-ins. */
    @Transactional
    public void remind(Caller caller, long id) {
        DutyReport report = lockForHost(caller, id);
        reports.insertEvent(id, "REMINDED", null, clock.instant(), caller.getUsername());
        audit.record("report.reminded", "DutyReport", id, report.organizationId(), null, Map.of("status", report.status()));
    }

    @Transactional
    public List<CritiquePoint> recordCritique(Caller caller, long id, List<CritiquePoint> points) {
        DutyReport report = get(caller, id);
        Campaign campaign = campaigns.find(report.campaignId());
        access.requireHostSecretary(caller, campaign);
        List<CritiquePoint> clean = points.stream().filter(p -> p.text() != null && !p.text().isBlank())
                .map(p -> new CritiquePoint(p.text().strip(), p.rectify())).toList();
        String before = reports.critiqueJson(id).orElse(null);
        reports.saveCritique(id, clean, clock.instant(), caller.getUsername());
        audit.record("report.critiqued", "DutyReport", id, report.organizationId(), before, clean);
        events.publishEvent(new CritiqueRecorded(id, campaign.id(), report.organizationId(), campaign.year(), clean));
        return clean;
    }

    public List<CritiquePoint> critique(long reportId) {
        return reports.critiqueJson(reportId).map(j -> List.of(json.readValue(j, CritiquePoint[].class))).orElse(List.of());
    }

    /** Publishes the bulletin: every accepted report becomes PUBLISHED, the editor's note is kept with the campaign. */
    @Transactional
    public List<DutyReport> publish(Caller caller, long campaignId, String editorNote) {
        Campaign campaign = campaigns.manageable(caller, campaignId);
        Instant now = clock.instant();
        List<DutyReport> published = reports.ofCampaign(campaignId).stream()
                .filter(r -> r.status() == ReportStatus.ACCEPTED).map(DutyReport::publish).toList();
        if (published.isEmpty()) {
            throw new io.shuzhi.shared.ConflictException("bulletin.nothing-accepted", "没有已通过的述职报告可刊发 / No accepted report to publish");
        }
        for (DutyReport r : published) {
            reports.update(r, now);
            reports.insertEvent(r.id(), "PUBLISHED", null, now, caller.getUsername());
        }
        campaignRepository.updateEditorNote(campaignId, editorNote);
        campaignRepository.markPublished(campaignId, now);
        audit.record("campaign.published", "Campaign", campaignId, campaign.hostOrganizationId(), null,
                Map.of("reports", published.stream().map(DutyReport::id).toList(), "editorNote", String.valueOf(editorNote)));
        return published;
    }

    /** The login name that saved the report's current version (its author, as far as the report records one). */
    public Optional<String> authorOf(long reportId) {
        return reports.find(reportId).flatMap(r -> reports.versions(reportId).stream()
                .filter(v -> v.version() == r.version()).findFirst().map(DutyReportRepository.ReportVersion::savedBy));
    }

    public List<DutyReportRepository.ReportVersion> versions(long reportId) {
        return reports.versions(reportId);
    }

    public ReportContent version(long reportId, int version) {
        return reports.versionContent(reportId, version).orElseThrow(() -> new NotFoundException("ReportVersion", version));
    }

    public List<DutyReportRepository.ReportEvent> events(long reportId) {
        return reports.events(reportId);
    }

    private DutyReport transition(Caller caller, DutyReport before, DutyReport after, String action, String comment) {
        Instant now = clock.instant();
        reports.update(after, now);
        reports.insertEvent(after.id(), action, comment, now, caller.getUsername());
        if (action.equals("SUBMITTED")) {
            reports.markVersionSubmitted(after.id(), after.version());
        }
        audit.record("report." + action.toLowerCase(), "DutyReport", after.id(), after.organizationId(),
                Map.of("status", before.status()), comment == null ? Map.of("status", after.status()) : Map.of("status", after.status(), "comment", comment));
        return after;
    }

    private DutyReport lockForReporter(Caller caller, long id) {
        get(caller, id);
        DutyReport report = reports.lock(id).orElseThrow();
        access.requireReporter(caller, report);
        return report;
    }

    private DutyReport lockForHost(Caller caller, long id) {
        DutyReport visible = get(caller, id);
        campaigns.manageable(caller, visible.campaignId());
        return reports.lock(id).orElseThrow();
    }
}
