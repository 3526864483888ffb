package io.shuzhi.ballot;

/** A token row as the ballot write path sees it, locked for the transaction. */
record SeatToken(long id, String group, long sessionId) {
}
