package io.shuzhi.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records who changed what. {@link #record} joins the caller's transaction (and refuses to run without one), so a
 * change and its audit row commit or roll back together.
 */
@Service
public class AuditLog {

    private static final int MAX_STATE_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action         what happened, e.g. {@code organization.created}
     * @param entityType     e.g. {@code Organization}
     * @param entityId       the id of the changed object
     * @param organizationId the organization the object belongs to, for scoping the log; may be null
     * @param before         a summary of the state before (any value Jackson can write), or null
     * @param after          a summary of the state after, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Long organizationId, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_event (at, actor, action, entity_type, entity_id, organization_id, before_state, after_state)
                        VALUES (:at, :actor, :action, :entityType, :entityId, :organizationId, :before, :after)""")
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("actor", currentActor())
                .param("action", action).param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("organizationId", organizationId)
                .param("before", summary(before)).param("after", summary(after))
                .update();
    }

    /** Newest first. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                        SELECT id, at, actor, action, entity_type, entity_id, organization_id, before_state, after_state
                        FROM audit_event ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                        (Long) rs.getObject("organization_id"), rs.getString("before_state"), rs.getString("after_state")))
                .list();
    }

    private String summary(Object state) {
        if (state == null) {
            return null;
        }
        String text = state instanceof String s ? s : json.writeValueAsString(state);
        return text.length() > MAX_STATE_LENGTH ? text.substring(0, MAX_STATE_LENGTH) + "…" : text;
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
