package io.shuzhi.rectification;

import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One problem of a problem list with its "five clear" fields. Transitions return a new value and refuse what the
 * rules forbid; overdue and stale are computed from the dates, never stored.
 */
public record Problem(long id, long organizationId, String number, int year, ProblemSource source, String sourceRef,
                      String description, String rootCause, Severity severity, String responsiblePerson,
                      String measures, String standard, LocalDate dueDate, ProblemStatus status, Instant createdAt,
                      Instant lastActivityAt, Instant closedAt, String closedBy, String closeReason) {

    /** Past its due date and not closed. */
    public boolean overdue(LocalDate today) {
        return !status.isClosed() && today.isAfter(dueDate);
    }

    /** Days past the due date (0 when not overdue). */
    public long overdueDays(LocalDate today) {
        return overdue(today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    /** Not closed and nothing happened for {@code staleDays}. */
    public boolean stale(Instant now, int staleDays) {
        return !status.isClosed() && lastActivityAt.plus(staleDays, ChronoUnit.DAYS).isBefore(now);
    }

    Problem start(Instant at) {
        return moveTo(ProblemStatus.IN_PROGRESS, at);
    }

    Problem requestClose(Instant at) {
        return moveTo(ProblemStatus.CLOSE_REQUESTED, at);
    }

    /**
     * 销号. Checked in this order so the answer names the first thing to fix: the approver's level (403), the state
     * (409), the evidence (409), the reason (422).
     */
    public Problem closeOut(int evidenceCount, Approval approval, Instant at) {
        approval.requireLevelAbove();
        Problem closed = moveTo(ProblemStatus.CLOSED, at);
        if (evidenceCount < 1) {
            throw new ConflictException("problem.no-evidence", "销号须至少上传一份整改佐证材料 / Close-out needs at least one piece of evidence");
        }
        return new Problem(id, organizationId, number, year, source, sourceRef, description, rootCause, severity,
                responsiblePerson, measures, standard, dueDate, closed.status, createdAt, at, at, approval.approver(), approval.reason());
    }

    Problem returnToOwner(Approval approval, Instant at) {
        approval.requireLevelAbove();
        return moveTo(ProblemStatus.RETURNED, at);
    }

    Problem reopen(Approval approval, Instant at) {
        approval.requireLevelAbove();
        Problem reopened = moveTo(ProblemStatus.REOPENED, at);
        return new Problem(id, organizationId, number, year, source, sourceRef, description, rootCause, severity,
                responsiblePerson, measures, standard, dueDate, reopened.status, createdAt, at, null, null, null);
    }

    private Problem moveTo(ProblemStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("problem.illegal-transition",
                    "问题当前状态为 " + status + ",不能转为 " + target + " / Cannot move from " + status + " to " + target);
        }
        return new Problem(id, organizationId, number, year, source, sourceRef, description, rootCause, severity,
                responsiblePerson, measures, standard, dueDate, target, createdAt, at, closedAt, closedBy, closeReason);
    }

    /** A decision by someone reviewing the owner's work; {@code levelAbove} per {@link ApprovalRule}. */
    public record Approval(String approver, boolean levelAbove, String reason) {

        void requireLevelAbove() {
            if (!levelAbove) {
                throw new ForbiddenException("problem.not-level-above",
                        "须由上级组织审核,本级不能给自己销号 / Only a user of the level above may decide this");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("problem.reason-required", "reason", "请填写审核意见 / A reason is required");
            }
        }
    }
}
