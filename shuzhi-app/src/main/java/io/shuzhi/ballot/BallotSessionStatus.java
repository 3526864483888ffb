package io.shuzhi.ballot;

/** OPEN accepts ballots; CLOSED accepts none; RELEASED makes the results visible. */
public enum BallotSessionStatus {
    OPEN, CLOSED, RELEASED
}
