package io.shuzhi.commitment;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Commitments through 承诺 → 践诺 → 评诺. The owner side (SECRETARY or ORGANIZATION_DEPARTMENT over the organization)
 * makes commitments and records progress; rating (评诺) is for the organization department over it, because a
 * promise is not graded by the one who made it. Public for other features: {@link #adopt} (a MEASURES item found by
 * the analysis), {@link #recordProgress} and {@link #judge} (work records), {@link #outcomesFor} (next year's report).
 */
@Service
@Transactional(readOnly = true)
public class CommitmentService {

    private final CommitmentRepository repository;
    private final OrganizationService organizations;
    private final CommitmentJudge judge;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitmentService(CommitmentRepository repository, OrganizationService organizations, CommitmentJudge judge,
                      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.judge = judge;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public JudgedCommitment create(Caller caller, NewCommitment c) {
        writable(caller, c.organizationId());
        if (c.text() == null || c.text().isBlank()) {
            throw new InvalidInputException("commitment.text", "text", "请填写承诺内容 / The commitment text is required");
        }
        long id = repository.insert(c.organizationId(), c.owner(), c.text().trim(), c.target(), c.deadline(),
                c.period() == null ? Period.ONCE : c.period(), c.source() == null ? CommitmentSource.MANUAL : c.source(),
                c.sourceRef(), clock.instant());
        JudgedCommitment created = judged(id);
        audit.record("commitment.created", "Commitment", id, c.organizationId(), null, created.commitment());
        events.publishEvent(new CommitmentChanged(id, c.organizationId(), created.status()));
        return created;
    }

    /** One-click adoption of a commitment the analysis found in a report's MEASURES section. */
    @Transactional
    public JudgedCommitment adopt(Caller caller, long organizationId, String text, BigDecimal value, BigDecimal max,
                                  String unit, Comparator comparator, LocalDate deadline, String sourceRef) {
        return create(caller, new NewCommitment(organizationId, caller.displayName(), text,
                Target.ofNullable(value, max, unit, comparator), deadline, Period.ONCE, CommitmentSource.MEASURES, sourceRef));
    }

    /** Records the value reached so far and returns the commitment re-judged. */
    @Transactional
    public JudgedCommitment recordProgress(Caller caller, long id, BigDecimal value, String note, String evidenceKey) {
        Commitment c = get(caller, id).commitment();
        writable(caller, c.organizationId());
        if (value == null && (note == null || note.isBlank())) {
            throw new InvalidInputException("commitment.progress-empty", "value", "请填写完成值或进展说明 / Give a value or a note");
        }
        repository.insertProgress(id, value, note == null ? null : note.trim(), evidenceKey, clock.instant(), caller.getUsername());
        JudgedCommitment after = judged(id);
        audit.record("commitment.progress", "Commitment", id, c.organizationId(), c.latestValue(), value);
        events.publishEvent(new CommitmentChanged(id, c.organizationId(), after.status()));
        return after;
    }

    /**
     * System variant for other features (e.g. a work record counted towards a commitment): no caller, the feature
     * has already authorised its user; {@code actor} is recorded as who reported the progress.
     */
    @Transactional
    public JudgedCommitment recordProgress(long id, BigDecimal value, String note, String actor) {
        Commitment c = repository.find(Scope.ALL, id).orElseThrow(() -> new NotFoundException("Commitment", id));
        repository.insertProgress(id, value, note, null, clock.instant(), actor);
        JudgedCommitment after = judged(id);
        audit.record("commitment.progress", "Commitment", id, c.organizationId(), c.latestValue(), value);
        events.publishEvent(new CommitmentChanged(id, c.organizationId(), after.status()));
        return after;
    }

    /** 评诺: BROKEN, and any rating that differs from the automatic judgement, needs a reason. */
    @Transactional
    public JudgedCommitment rate(Caller caller, long id, CommitmentStatus status, String reason) {
        JudgedCommitment before = get(caller, id);
        Commitment c = before.commitment();
        if (organizations.find(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), c.organizationId()).isEmpty()) {
            throw new ForbiddenException("commitment.rate-forbidden", "评诺须由组织部门进行 / Only the organization department rates commitments");
        }
        String why = reason == null ? null : reason.trim();
        if ((why == null || why.isEmpty()) && judge.reasonRequired(c, status, clock.instant())) {
            throw new InvalidInputException("commitment.reason-required", "reason", status == CommitmentStatus.BROKEN
                    ? "评为未兑现须说明理由 / BROKEN needs a reason"
                    : "与自动判定不同的评定须说明理由 / Overriding the automatic judgement needs a reason");
        }
        repository.rate(id, status, why, caller.getUsername(), clock.instant());
        JudgedCommitment after = judged(id);
        audit.record("commitment.rated", "Commitment", id, c.organizationId(), before.status(), after.status() + (why == null ? "" : ": " + why));
        events.publishEvent(new CommitmentChanged(id, c.organizationId(), after.status()));
        return after;
    }

    /** The status as of now (the rating, or the rules); system call. */
    public CommitmentStatus judge(long id) {
        return judged(id).status();
    }

    public JudgedCommitment get(Caller caller, long id) {
        return repository.find(caller.scope(), id).map(this::judged).orElseThrow(() -> new NotFoundException("Commitment", id));
    }

    public List<Progress> progress(Caller caller, long id) {
        get(caller, id);
        return repository.progress(id);
    }

    /** Commitments of the organization (subtree) whose deadline falls in the year; system call. */
    public List<CommitmentOutcome> outcomesFor(long organizationId, int year) {
        return repository.ofOrganizations(List.of(organizationId), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(this::judged)
                .map(j -> new CommitmentOutcome(j.commitment().id(), j.commitment().text(), j.commitment().deadline(), j.status(),
                        j.commitment().ratingReason()))
                .toList();
    }

    JudgedCommitment judged(Commitment c) {
        return new JudgedCommitment(c, c.status(judge, clock.instant()));
    }

    private JudgedCommitment judged(long id) {
        return judged(repository.find(Scope.ALL, id).orElseThrow());
    }

    private void writable(Caller caller, long organizationId) {
        organizations.get(caller, organizationId);
        if (organizations.find(caller.scopeFor(Role.SECRETARY, Role.ORGANIZATION_DEPARTMENT), organizationId).isEmpty()) {
            throw new ForbiddenException("commitment.read-only", "无权维护该组织的承诺 / You may not change this organization's commitments");
        }
    }
}
