package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.CommitmentProgressSink;
import io.shuzhi.workrecord.CommitmentTarget;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.commitment.Commitment;
import io.shuzhi.commitment.CommitmentService;
import io.shuzhi.commitment.Target;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The commitment feature as the counters' sink: reads a commitment's target through {@link CommitmentService} and
 * records automatic progress there, where the commitment's own judge turns it FULFILLED once the target is met.
 * Recounts are system work (the record's author may not own the commitment): the target is read as a system
 * caller and progress goes through the commitment feature's system variant, authored "workrecord".
 */
@Component
class CommitmentServiceSink implements CommitmentProgressSink {

    static final Caller SYSTEM = new Caller(0L, "workrecord", null, "工作记录自动统计", true, List.of(new Grant(Role.ADMIN, null)));

    private final CommitmentService commitments;
    private final Clock clock;

    CommitmentServiceSink(CommitmentService commitments, Clock clock) {
        this.commitments = commitments;
        this.clock = clock;
    }

    @Override
    public Optional<CommitmentTarget> target(long commitmentId, Caller caller) {
        try {
            Commitment c = commitments.get(caller == null ? SYSTEM : caller, commitmentId).commitment();
            Target t = c.target();
            return Optional.of(new CommitmentTarget(c.id(), c.organizationId(), c.text(), t == null ? null : t.value(),
                    t == null ? null : t.unit(), LocalDate.ofInstant(c.createdAt(), clock.getZone()), c.deadline()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void recordCounterProgress(long commitmentId, BigDecimal value, String note) {
        commitments.recordProgress(commitmentId, value, note, SYSTEM.getUsername());
    }
}
