package io.shuzhi.rectification;

import java.time.Instant;

/** One step in a problem's ledger (台账): who moved it from which state to which, when and why. */
public record ProblemEvent(ProblemStatus from, ProblemStatus to, String actor, String reason, Instant at) {
}
