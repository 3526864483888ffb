package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.Counter;

import java.math.BigDecimal;

/** A commitment following a counter, over the subtree of {@code organizationId} and, if set, one leader's records. */
public record CounterLink(long commitmentId, Counter counter, Long leaderUserId, long organizationId, BigDecimal value) {
}
