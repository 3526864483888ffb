package io.shuzhi.ballot;

import io.shuzhi.evaluation.Grade;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.DomainException.FieldProblem;
import io.shuzhi.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A ballot session; it decides itself whether a ballot counts and which transitions are allowed. */
public record BallotSession(long id, long campaignId, BallotMode mode, BallotSessionStatus status, String fingerprint,
                            String screenKey, int seats) {

    /**
     * Validates a ballot for a token of this session: the session must be open, and the ratings must grade every
     * report of the campaign exactly once and nothing else.
     */
    public Ballot castBallot(SeatToken token, List<Rating> ratings, Set<Long> reportIds, String comment) {
        if (status != BallotSessionStatus.OPEN) {
            throw new BallotSessionClosed();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Grade> grades = new HashMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            Rating r = ratings.get(i);
            if (r == null || r.reportId() == null || !reportIds.contains(r.reportId())) {
                problems.add(new FieldProblem("ratings[" + i + "].reportId", "不是本次述职的述职人 / Not a reporter of this campaign"));
            } else if (r.grade() == null) {
                problems.add(new FieldProblem("ratings[" + i + "].grade", "请选择等次 / A grade is required"));
            } else if (grades.put(r.reportId(), r.grade()) != null) {
                problems.add(new FieldProblem("ratings[" + i + "].reportId", "同一述职人只能评价一次 / Rated twice"));
            }
        }
        for (Long id : reportIds) {
            if (!grades.containsKey(id) && problems.isEmpty()) {
                problems.add(new FieldProblem("ratings", "请对每位述职人作出评价 / Every reporter must be rated: " + id));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("ballot.incomplete", "选票无效 / Invalid ballot", problems);
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > 500) {
            c = c.substring(0, 500);
        }
        return new Ballot(token.id(), id, token.group(), grades, c);
    }

    public BallotSession close() {
        if (status != BallotSessionStatus.OPEN) {
            throw new ConflictException("ballot.not-open", "测评未在进行中 / The session is not open");
        }
        return with(BallotSessionStatus.CLOSED);
    }

    public BallotSession release() {
        if (status != BallotSessionStatus.CLOSED) {
            throw new ConflictException("ballot.not-closed", "须先结束测评再公布结果 / Close the session before releasing results");
        }
        return with(BallotSessionStatus.RELEASED);
    }

    /**
     * Results may be previewed once a session is closed (and after release); a TEST session also while it is open.
     * Counting a FORMAL session before it closes would leak partial results into the meeting.
     */
    public void requirePreviewable() {
        if (status == BallotSessionStatus.OPEN && mode == BallotMode.FORMAL) {
            throw new ConflictException("ballot.preview-while-open",
                    "正式测评结束前不能预览结果 / A formal session's results cannot be previewed before it is closed");
        }
    }

    public void requirePurgeable() {
        if (mode != BallotMode.TEST) {
            throw new ConflictException("ballot.formal-not-purgeable", "正式测评不能删除 / A formal session is never deleted");
        }
    }

    private BallotSession with(BallotSessionStatus next) {
        return new BallotSession(id, campaignId, mode, next, fingerprint, screenKey, seats);
    }
}
