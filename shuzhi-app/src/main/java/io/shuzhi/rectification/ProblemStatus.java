package io.shuzhi.rectification;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a problem. RETURNED (close-out refused) and REOPENED (closed too early) send the work back to the
 * owner, who resumes it or asks again for close-out.
 */
public enum ProblemStatus {
    OPEN, IN_PROGRESS, CLOSE_REQUESTED, CLOSED, RETURNED, REOPENED;

    public Set<ProblemStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(CLOSE_REQUESTED);
            case CLOSE_REQUESTED -> EnumSet.of(CLOSED, RETURNED);
            case CLOSED -> EnumSet.of(REOPENED);
            case RETURNED, REOPENED -> EnumSet.of(IN_PROGRESS, CLOSE_REQUESTED);
        };
    }

    public boolean canMoveTo(ProblemStatus target) {
        return next().contains(target);
    }

    public boolean isClosed() {
        return this == CLOSED;
    }
}
