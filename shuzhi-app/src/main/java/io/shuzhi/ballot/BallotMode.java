package io.shuzhi.ballot;

/** A TEST session rehearses the meeting and can be purged; a FORMAL one counts and is never deleted. */
public enum BallotMode {
    FORMAL, TEST
}
