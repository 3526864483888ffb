package io.shuzhi.rectification;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Problems through their life. Owners (SECRETARY or ORGANIZATION_DEPARTMENT over the organization) record and work
 * on them; the level above ({@link ApprovalRule}) closes them out, returns or reopens them. Every change is audited
 * and published as {@link ProblemChanged}.
 */
@Service
@Transactional(readOnly = true)
public class ProblemService {

    private final ProblemRepository problems;
    private final EvidenceRepository evidence;
    private final OrganizationService organizations;
    private final RectificationProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProblemService(ProblemRepository problems, EvidenceRepository evidence, OrganizationService organizations,
                   RectificationProperties properties, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.problems = problems;
        this.evidence = evidence;
        this.organizations = organizations;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a problem and tells the user which of last year's problems it resembles. */
    @Transactional
    public Created create(Caller caller, NewProblem request) {
        Organization org = writableOrganization(caller, request.organizationId());
        Problem created = insert(org, request, caller.getUsername());
        return new Created(created, similarLastYear(created));
    }

    /**
     * Critique points flagged as problems, or the PROBLEMS section of a report, become problems in one action. The
     * five clear fields the source does not state are left for the owner to fill in ({@link #revise}); the due date
     * defaults to the end of the year. System call (event listeners): no caller, no scope check.
     */
    @Transactional
    public List<Problem> raiseFrom(ProblemSource source, String sourceRef, long organizationId, String... descriptions) {
        Organization org = organizations.find(Scope.ALL, organizationId).orElseThrow(() -> new NotFoundException("Organization", organizationId));
        LocalDate today = LocalDate.now(clock);
        List<Problem> raised = new ArrayList<>();
        for (String description : descriptions) {
            if (description == null || description.isBlank()) {
                continue;
            }
            raised.add(insert(org, new NewProblem(organizationId, source, sourceRef, description.trim(), null, Severity.MEDIUM,
                    org.secretaryName() == null ? "待明确" : org.secretaryName(), "待制定", "待制定",
                    today.withDayOfYear(today.lengthOfYear())), "system"));
        }
        return raised;
    }

    /** The same, by a user: the owner side of the organization turns a list of points into problems in one action. */
    @Transactional
    public List<Problem> raiseFrom(Caller caller, ProblemSource source, String sourceRef, long organizationId, List<String> descriptions) {
        writableOrganization(caller, organizationId);
        return raiseFrom(source, sourceRef, organizationId, descriptions.toArray(String[]::new));
    }

    private Problem insert(Organization org, NewProblem r, String actor) {
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        String number = new ProblemNumber(org.code(), year, problems.nextSequence(org.id(), year)).toString();
        Problem draft = new Problem(0, org.id(), number, year, r.source(), r.sourceRef(), r.description().trim(), r.rootCause(),
                r.severity() == null ? Severity.MEDIUM : r.severity(), r.responsiblePerson().trim(), r.measures().trim(),
                r.standard().trim(), r.dueDate(), ProblemStatus.OPEN, now, now, null, null, null);
        long id = problems.insert(draft);
        Problem created = problems.find(Scope.ALL, id).orElseThrow();
        problems.recordEvent(id, null, ProblemStatus.OPEN, actor, null, now);
        audit.record("problem.created", "Problem", id, org.id(), null, created);
        events.publishEvent(new ProblemChanged(id, org.id(), created.status()));
        return created;
    }

    /** Fills in or corrects the five clear fields; a closed problem is no longer edited. */
    @Transactional
    public Problem revise(Caller caller, long id, NewProblem details) {
        Problem before = lockWritable(caller, id);
        if (before.status().isClosed()) {
            throw new io.shuzhi.shared.ConflictException("problem.closed", "已销号的问题不能修改 / A closed problem cannot be edited");
        }
        Problem after = new Problem(id, before.organizationId(), before.number(), before.year(), before.source(), before.sourceRef(),
                details.description().trim(), details.rootCause(), details.severity() == null ? before.severity() : details.severity(),
                details.responsiblePerson().trim(), details.measures().trim(), details.standard().trim(), details.dueDate(),
                before.status(), before.createdAt(), clock.instant(), null, null, null);
        return save("problem.revised", before, after, caller.getUsername(), null);
    }

    @Transactional
    public Problem start(Caller caller, long id) {
        Problem before = lockWritable(caller, id);
        return save("problem.started", before, before.start(clock.instant()), caller.getUsername(), null);
    }

    @Transactional
    public Problem requestClose(Caller caller, long id) {
        Problem before = lockWritable(caller, id);
        return save("problem.close-requested", before, before.requestClose(clock.instant()), caller.getUsername(), null);
    }

    @Transactional
    public Problem closeOut(Caller caller, long id, String reason) {
        Problem before = lockVisible(caller, id);
        Problem after = before.closeOut(evidence.count(id), approval(caller, before, reason), clock.instant());
        Problem saved = save("problem.closed", before, after, caller.getUsername(), reason);
        events.publishEvent(new ProblemClosed(id, saved.organizationId(), saved.number()));
        return saved;
    }

    @Transactional
    public Problem returnToOwner(Caller caller, long id, String reason) {
        Problem before = lockVisible(caller, id);
        return save("problem.returned", before, before.returnToOwner(approval(caller, before, reason), clock.instant()), caller.getUsername(), reason);
    }

    @Transactional
    public Problem reopen(Caller caller, long id, String reason) {
        Problem before = lockVisible(caller, id);
        return save("problem.reopened", before, before.reopen(approval(caller, before, reason), clock.instant()), caller.getUsername(), reason);
    }

    /** Whether the caller is the level above this problem (for showing the review buttons). */
    public boolean isLevelAbove(Caller caller, Problem problem) {
        return ApprovalRule.isLevelAbove(caller.grants(), organizations.find(Scope.ALL, problem.organizationId()).orElseThrow().path());
    }

    private Problem.Approval approval(Caller caller, Problem problem, String reason) {
        return new Problem.Approval(caller.getUsername(), isLevelAbove(caller, problem), reason == null ? null : reason.trim());
    }

    private Problem save(String action, Problem before, Problem after, String actor, String reason) {
        problems.update(after);
        if (before.status() != after.status()) {
            problems.recordEvent(after.id(), before.status(), after.status(), actor, reason, after.lastActivityAt());
        }
        audit.record(action, "Problem", after.id(), after.organizationId(), before, after);
        events.publishEvent(new ProblemChanged(after.id(), after.organizationId(), after.status()));
        return after;
    }

    /** 404 when the caller cannot see it; locked for the rest of the transaction. */
    Problem lockVisible(Caller caller, long id) {
        get(caller, id);
        return problems.findForUpdate(id).orElseThrow();
    }

    /** Visible and the caller works on the organization's problems (its secretary or the organization department). */
    Problem lockWritable(Caller caller, long id) {
        Problem p = lockVisible(caller, id);
        writableOrganization(caller, p.organizationId());
        return p;
    }

    Organization writableOrganization(Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        if (organizations.find(caller.scopeFor(Role.SECRETARY, Role.ORGANIZATION_DEPARTMENT), organizationId).isEmpty()) {
            throw new ForbiddenException("problem.read-only", "无权维护该组织的问题清单 / You may not change this organization's problems");
        }
        return org;
    }

    public Problem get(Caller caller, long id) {
        return problems.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("Problem", id));
    }

    public List<ProblemEvent> events(Caller caller, long id) {
        get(caller, id);
        return problems.events(id);
    }

    public List<Problem> list(Caller caller, Long organizationId, ProblemStatus status, boolean overdueOnly) {
        if (organizationId != null) {
            organizations.get(caller, organizationId);
        }
        return problems.list(caller.scope(), organizationId, status, overdueOnly ? LocalDate.now(clock) : null);
    }

    /** Problems of the organization created in the previous year that read like this one. */
    public List<SimilarProblem> similarLastYear(Problem problem) {
        double threshold = properties.similarityThreshold();
        return problems.ofOrganizationAndYear(problem.organizationId(), problem.year() - 1).stream()
                .map(p -> new SimilarProblem(p.id(), p.number(), p.description(), p.status(), Similarity.jaccard(p.description(), problem.description())))
                .filter(s -> s.similarity() >= threshold)
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .toList();
    }

    /** Last year's problems of one organization and where they stand, for next year's report page. System call. */
    public List<ProblemOutcome> statusFor(long organizationId, int year) {
        LocalDate today = LocalDate.now(clock);
        return problems.ofOrganizationAndYear(organizationId, year).stream()
                .map(p -> new ProblemOutcome(p.id(), p.number(), p.description(), p.dueDate(), p.status(), p.overdue(today)))
                .toList();
    }

    public record Created(Problem problem, List<SimilarProblem> similar) {
    }
}
