package io.shuzhi.weakorg;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The yearly designation and the consolidation of weak organizations. Only the organization department (or an
 * administrator) over the subtree ranks, designates and assesses: being labelled weak is a loss of face, so the
 * decision stays with the people accountable for it, and the preview changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class WeakOrganizationService {

    private final WeakOrganizationRepository repository;
    private final List<WeakOrganizationIndicator> indicators;
    private final OrganizationService organizations;
    private final ProblemService problems;
    private final WeakOrgProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    WeakOrganizationService(WeakOrganizationRepository repository, List<WeakOrganizationIndicator> indicators,
                            OrganizationService organizations, ProblemService problems, WeakOrgProperties properties,
                            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.indicators = indicators;
        this.organizations = organizations;
        this.problems = problems;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** 倒排 preview: nothing is stored. */
    public BottomRanking preview(Caller caller, long rootId, int year) {
        managed(caller, rootId);
        List<Organization> candidates = organizations.subtree(caller, rootId).stream()
                .filter(o -> o.id() != rootId && o.active()).toList();
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        for (WeakOrganizationIndicator indicator : indicators) {
            indicator.scores(candidates, year).forEach((id, v) -> values.computeIfAbsent(id, k -> new HashMap<>()).put(indicator.code(), v));
        }
        return BottomRanking.of(candidates.stream()
                        .map(o -> new BottomRanking.Candidate(o.id(), o.name(), o.level(), o.sector(), values.getOrDefault(o.id(), Map.of()))).toList(),
                repository.weights(), repository.shares());
    }

    /** Designates the chosen organizations, which must be candidates of this subtree's ranking. */
    @Transactional
    public List<WeakOrganization> confirm(Caller caller, long rootId, int year, List<Long> organizationIds) {
        Map<Long, BottomRanking.Ranked> ranked = new HashMap<>();
        preview(caller, rootId, year).organizations().forEach(r -> ranked.put(r.organizationId(), r));
        for (Long id : organizationIds) {
            if (!ranked.containsKey(id)) {
                throw new InvalidInputException("weak-org.not-a-candidate", "organizationIds",
                        "组织 " + id + " 不在本次排查范围内 / Organization " + id + " is not a candidate of this ranking");
            }
        }
        return organizationIds.stream().distinct()
                .map(id -> designate(id, year, "RANKING", null, ranked.get(id).score())).toList();
    }

    /** Designation by hand, outside the ranking ("list all that qualify"): needs a reason. */
    @Transactional
    public WeakOrganization designateManually(Caller caller, long organizationId, int year, String reason) {
        managed(caller, organizationId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("weak-org.reason-required", "reason", "直接认定须说明理由 / A manual designation needs a reason");
        }
        return designate(organizationId, year, "MANUAL", reason.trim(), null);
    }

    private WeakOrganization designate(long organizationId, int year, String designation, String reason, BigDecimal score) {
        // designated the years before as well: the secretary is flagged for replacement
        boolean replace = repository.consecutiveYearsBefore(organizationId, year) + 1 >= properties.replaceAfterYears();
        long id = repository.designate(organizationId, year, designation, reason, score, LocalDate.of(year, 12, 31), replace, clock.instant());
        WeakOrganization w = repository.find(Scope.ALL, id).orElseThrow();
        audit.record("weak-org.designated", "WeakOrganization", id, organizationId, null, w);
        return w;
    }

    @Transactional
    public WeakOrganization addSponsor(Caller caller, long id, String name, Long userId) {
        WeakOrganization w = managedWeak(caller, id);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("weak-org.sponsor-name", "name", "请填写包保领导姓名 / The sponsor's name is required");
        }
        repository.addSponsor(id, name.trim(), userId);
        audit.record("weak-org.sponsor-added", "WeakOrganization", id, w.organizationId(), null, name.trim());
        return repository.find(Scope.ALL, id).orElseThrow();
    }

    @Transactional
    public WeakOrganization setFirstSecretary(Caller caller, long id, String name) {
        WeakOrganization w = managedWeak(caller, id);
        repository.setFirstSecretary(id, name == null || name.isBlank() ? null : name.trim());
        audit.record("weak-org.first-secretary", "WeakOrganization", id, w.organizationId(), w.firstSecretary(), name);
        return repository.find(Scope.ALL, id).orElseThrow();
    }

    /** Adds a problem of the organization (or below it) to the consolidation plan. */
    @Transactional
    public void addPlanProblem(Caller caller, long id, long problemId) {
        WeakOrganization w = managedWeak(caller, id);
        long problemOrg = problems.get(caller, problemId).organizationId();
        if (organizations.find(Scope.of(Set.of(w.organizationId())), problemOrg).isEmpty()) {
            throw new InvalidInputException("weak-org.foreign-problem", "problemId", "该问题不属于此组织 / The problem belongs to another organization");
        }
        repository.addPlanProblem(id, problemId);
        audit.record("weak-org.plan-problem-added", "WeakOrganization", id, w.organizationId(), null, problemId);
    }

    public List<Long> planProblems(Caller caller, long id) {
        get(caller, id);
        return repository.planProblems(id);
    }

    /** The plan's problems themselves (number, status, due date), for the organization's page. */
    public List<Problem> planProblemDetails(Caller caller, long id) {
        return planProblems(caller, id).stream().map(pid -> problems.get(caller, pid)).toList();
    }

    /** 转化验收: at or above the pass mark TURNED_AROUND, otherwise CARRIED_OVER into next year's list. */
    @Transactional
    public WeakOrganization assess(Caller caller, long id, BigDecimal score) {
        WeakOrganization w = managedWeak(caller, id);
        if (w.status() != WeakOrganizationStatus.CONSOLIDATING) {
            throw new ConflictException("weak-org.already-assessed", "已完成验收 / Already assessed");
        }
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("weak-org.score", "score", "验收分数应在 0–100 之间 / The score must be 0–100");
        }
        boolean passed = score.compareTo(properties.passMark()) >= 0;
        repository.assess(id, score, passed ? WeakOrganizationStatus.TURNED_AROUND : WeakOrganizationStatus.CARRIED_OVER, clock.instant());
        if (!passed) {
            designate(w.organizationId(), w.year() + 1, "MANUAL", "上年整顿验收未通过(" + score + " 分),结转 / carried over", null);
        }
        WeakOrganization after = repository.find(Scope.ALL, id).orElseThrow();
        audit.record("weak-org.assessed", "WeakOrganization", id, w.organizationId(), w.status(), after);
        return after;
    }

    public WeakOrganization get(Caller caller, long id) {
        return repository.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("WeakOrganization", id));
    }

    public List<WeakOrganization> list(Caller caller, Long rootId, Integer year) {
        if (rootId != null) {
            organizations.get(caller, rootId);
        }
        return repository.list(caller.scope(), rootId, year, null, null);
    }

    /** Every organization still under consolidation; system call (warnings). */
    public List<WeakOrganization> allConsolidating() {
        return repository.list(Scope.ALL, null, null, null, WeakOrganizationStatus.CONSOLIDATING);
    }

    private WeakOrganization managedWeak(Caller caller, long id) {
        WeakOrganization w = get(caller, id);
        managed(caller, w.organizationId());
        return w;
    }

    private void managed(Caller caller, long organizationId) {
        organizations.get(caller, organizationId);
        if (organizations.find(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), organizationId).isEmpty()) {
            throw new ForbiddenException("weak-org.forbidden", "软弱涣散党组织的认定和整顿由组织部门负责 / Only the organization department manages weak organizations");
        }
    }
}
