package io.shuzhi.workrecord;

import io.shuzhi.account.Caller;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The commitments as the counters see them. Implemented by an adapter over the follow-up feature's
 * {@code CommitmentService}; the workrecord module never touches the commitment table itself. The commitment side
 * decides the status from the progress (e.g. FULFILLED once the target is met before the deadline).
 */
public interface CommitmentProgressSink {

    /** The commitment if it exists and, when {@code caller} is given, lies in the caller's scope; null caller = system. */
    Optional<CommitmentTarget> target(long commitmentId, Caller caller);

    /** The counter now stands at {@code value}; {@code note} says which counter and over which period, in Chinese. */
    void recordCounterProgress(long commitmentId, BigDecimal value, String note);
}
