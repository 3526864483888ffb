package io.shuzhi.workrecord.scope;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves the leader of a record. The default is the person typing (a secretary entering their own visit on a
 * phone should not have to pick themselves); the organization department may name another user or, for a leader
 * without an account, just a name.
 */
@Component
public class Leaders {

    private final JdbcClient jdbc;

    Leaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Leader resolve(Caller caller, Long leaderUserId, String leaderName) {
        if (leaderUserId != null) {
            return new Leader(leaderUserId, displayName(leaderUserId));
        }
        if (leaderName != null && !leaderName.isBlank()) {
            return new Leader(null, leaderName.trim());
        }
        return new Leader(caller.id(), caller.displayName());
    }

    /** A leader who must be a user (contact points, key challenges, talks are counted per user). */
    public long requireUser(Caller caller, Long leaderUserId) {
        if (leaderUserId == null) {
            return caller.id();
        }
        displayName(leaderUserId);
        return leaderUserId;
    }

    public String displayName(long userId) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE id = :id").param("id", userId)
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("workrecord.unknown-leader", "leaderUserId",
                        "没有这个用户 / No such user: " + userId));
    }
}
