package io.shuzhi.ballot;

import io.shuzhi.shared.ConflictException;

/** A ballot arrived after its session closed: it is not counted. */
public class BallotSessionClosed extends ConflictException {

    public BallotSessionClosed() {
        super("ballot.session-closed", "测评已结束，选票不再接收 / The ballot session is closed");
    }
}
