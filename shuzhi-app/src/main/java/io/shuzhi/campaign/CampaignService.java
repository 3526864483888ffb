package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.evaluation.EvaluationScheme;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.DomainException.FieldProblem;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Campaigns as other features use them: creation, visibility, the scheme, reporters and routine scores. */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final DutyReportRepository reports;
    private final OrganizationService organizations;
    private final CampaignAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, DutyReportRepository reports, OrganizationService organizations,
                    CampaignAccess access, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Campaign create(Caller caller, NewCampaign request) {
        Organization host = organizations.get(caller, request.hostOrganizationId());
        EvaluationScheme scheme = (request.scheme() == null ? EvaluationScheme.defaults() : request.scheme().withDefaults()).validated();
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<Long> reporters = request.reporterOrganizationIds() == null ? List.of() : request.reporterOrganizationIds();
        if (reporters.isEmpty()) {
            problems.add(new FieldProblem("reporterOrganizationIds", "至少需要一名述职人 / At least one reporter is needed"));
        }
        for (int i = 0; i < reporters.size(); i++) {
            Long id = reporters.get(i);
            var org = id == null ? java.util.Optional.<Organization>empty() : organizations.find(caller.scope(), id);
            if (org.isEmpty() || !org.get().isWithin(host) || org.get().id() == host.id()) {
                problems.add(new FieldProblem("reporterOrganizationIds[" + i + "]", "述职单位须是主办单位的下级组织 / A reporter must lie below the host: " + id));
            } else if (!seen.add(id)) {
                problems.add(new FieldProblem("reporterOrganizationIds[" + i + "]", "述职单位重复 / Duplicate reporter: " + id));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("campaign.invalid-reporters", "述职单位有误 / Invalid reporters", problems);
        }
        Campaign probe = new Campaign(0, host.id(), request.year(), request.title(), null, null, 1, null, null);
        access.requireHostDepartment(caller, probe);
        Instant now = clock.instant();
        long id = campaigns.insert(request, now);
        campaigns.insertScheme(id, 1, scheme, now);
        for (int i = 0; i < reporters.size(); i++) {
            reports.insert(id, reporters.get(i), i + 1, now);
        }
        Campaign created = campaigns.find(id).orElseThrow();
        audit.record("campaign.created", "Campaign", id, host.id(), null,
                Map.of("title", created.title(), "year", created.year(), "reporters", reporters, "scheme", scheme));
        return created;
    }

    /** The campaign if the caller sees its host or one of its reporters; 404 otherwise. */
    public Campaign get(Caller caller, long id) {
        return campaigns.findVisible(caller.scope(), id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /** The campaign, if the caller is the host's organization department (404 when invisible, 403 when read-only). */
    public Campaign manageable(Caller caller, long id) {
        Campaign campaign = get(caller, id);
        access.requireHostDepartment(caller, campaign);
        return campaign;
    }

    public boolean canManage(Caller caller, Campaign campaign) {
        return access.isHostDepartment(caller, campaign);
    }

    public List<Campaign> list(Caller caller) {
        return campaigns.listVisible(caller.scope());
    }

    /** Unscoped, for work already authorised (a ballot token is its own credential). */
    public Campaign find(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /** The reports of the campaign the caller may see: all of them for the host's side, else the caller's own. */
    public List<DutyReport> reports(Caller caller, long campaignId) {
        Campaign campaign = get(caller, campaignId);
        boolean hostSide = access.sees(caller, campaign.hostOrganizationId());
        return reports.ofCampaign(campaignId).stream().filter(r -> hostSide || access.sees(caller, r.organizationId())).toList();
    }

    /** Every report of the campaign in reporting order, unscoped. */
    public List<DutyReport> reports(long campaignId) {
        return reports.ofCampaign(campaignId);
    }

    /** Reporters with their organization names, in reporting order, unscoped. */
    public List<Reporter> reporters(long campaignId) {
        return campaigns.reporters(campaignId);
    }

    public EvaluationScheme scheme(Campaign campaign) {
        return campaigns.scheme(campaign.id(), campaign.schemeVersion());
    }

    public EvaluationScheme scheme(long campaignId, int version) {
        return campaigns.scheme(campaignId, version);
    }

    /** A new version of the scheme; earlier results keep naming the version they were computed with. */
    @Transactional
    public Campaign changeScheme(Caller caller, long campaignId, EvaluationScheme scheme) {
        Campaign campaign = manageable(caller, campaignId);
        EvaluationScheme valid = scheme.withDefaults().validated();
        campaigns.insertScheme(campaignId, campaign.schemeVersion() + 1, valid, clock.instant());
        audit.record("campaign.scheme-changed", "Campaign", campaignId, campaign.hostOrganizationId(),
                Map.of("version", campaign.schemeVersion()), Map.of("version", campaign.schemeVersion() + 1, "scheme", valid));
        return campaigns.find(campaignId).orElseThrow();
    }

    @Transactional
    public void enterRoutineScores(Caller caller, long campaignId, Map<Long, BigDecimal> scores) {
        Campaign campaign = manageable(caller, campaignId);
        Set<Long> reportIds = new HashSet<>(reports.ofCampaign(campaignId).stream().map(DutyReport::id).toList());
        List<FieldProblem> problems = new ArrayList<>();
        scores.forEach((reportId, score) -> {
            if (!reportIds.contains(reportId)) {
                problems.add(new FieldProblem("reportId", "不是本次述职的报告 / Not a report of this campaign: " + reportId));
            } else if (score == null || score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0) {
                problems.add(new FieldProblem("score", "日常考核得分须在0到100之间 / A routine score lies between 0 and 100: " + score));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("campaign.invalid-routine-scores", "日常考核得分有误 / Invalid routine scores", problems);
        }
        Map<Long, BigDecimal> before = campaigns.routineScores(campaignId);
        Instant now = clock.instant();
        scores.forEach((reportId, score) -> campaigns.saveRoutineScore(reportId, score, now, caller.getUsername()));
        audit.record("campaign.routine-scores", "Campaign", campaignId, campaign.hostOrganizationId(), before, scores);
    }

    public Map<Long, BigDecimal> routineScores(long campaignId) {
        return campaigns.routineScores(campaignId);
    }
}
