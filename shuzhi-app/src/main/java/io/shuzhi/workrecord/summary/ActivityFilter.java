package io.shuzhi.workrecord.summary;

import io.shuzhi.account.Scope;

import java.time.LocalDate;

/**
 * Which records count: those inside the subtree at {@code rootPath} (and the caller's scope), dated between
 * {@code from} and {@code to}, and, when {@code leaderUserId} is set, done by that leader.
 */
public record ActivityFilter(Scope scope, String rootPath, Long leaderUserId, LocalDate from, LocalDate to) {

    public static ActivityFilter year(Scope scope, String rootPath, Long leaderUserId, int year) {
        return new ActivityFilter(scope, rootPath == null ? "/" : rootPath, leaderUserId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    ActivityFilter until(LocalDate last) {
        return new ActivityFilter(scope, rootPath, leaderUserId, from, last.isBefore(to) ? last : to);
    }

    public boolean anyLeader() {
        return leaderUserId == null;
    }

    /** A value for the {@code :leader} parameter that never matches when any leader counts (see {@link #anyLeader()}). */
    public long leaderParam() {
        return leaderUserId == null ? 0L : leaderUserId;
    }
}
