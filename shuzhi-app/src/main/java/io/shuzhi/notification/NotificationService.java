package io.shuzhi.notification;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Notifications are addressed to an organization: everyone whose scope covers it sees them in the notification
 * centre, and addresses subscribed to it or an ancestor receive e-mail. No check-ins, no read receipts for
 * superiors: read state only serves the reader.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final JdbcClient jdbc;
    private final NotificationMailer mailer;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final Clock clock;

    NotificationService(JdbcClient jdbc, NotificationMailer mailer, OrganizationService organizations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** System call: records the notification and e-mails the subscribers of the organization and its ancestors. */
    @Transactional
    public long notify(long organizationId, String kind, String title, String link) {
        long id = jdbc.sql("""
                        INSERT INTO notification (organization_id, kind, title, link, created_at)
                        VALUES (:org, :kind, :title, :link, :at) RETURNING id""")
                .param("org", organizationId).param("kind", kind).param("title", title).param("link", link)
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        List<String> recipients = jdbc.sql("""
                        SELECT DISTINCT s.email FROM notification_subscription s
                        JOIN organization target ON target.id = :org
                        JOIN organization o ON o.id = s.organization_id
                        WHERE target.path LIKE o.path || '%' ORDER BY s.email""")
                .param("org", organizationId).query(String.class).list();
        mailer.send(recipients, "【述职】" + title, title + (link == null ? "" : "\n\n" + link));
        return id;
    }

    public List<Notification> list(Caller caller, int limit) {
        return caller.scope().bind(jdbc.sql("""
                        SELECT n.id, n.organization_id, o.name, n.kind, n.title, n.link, n.created_at,
                               EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user) AS read
                        FROM notification n JOIN organization o ON o.id = n.organization_id
                        WHERE """ + Scope.sql("o") + " ORDER BY n.created_at DESC, n.id DESC LIMIT :limit"))
                .param("user", caller.id()).param("limit", Math.max(1, Math.min(limit, 500)))
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("title"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")))
                .list();
    }

    public long unreadCount(Caller caller) {
        return caller.scope().bind(jdbc.sql("""
                        SELECT count(*) FROM notification n JOIN organization o ON o.id = n.organization_id
                        WHERE """ + Scope.sql("o") + """
                          AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :user)"""))
                .param("user", caller.id()).query(Long.class).single();
    }

    /** Marks the caller's visible notifications read (all, or one). */
    @Transactional
    public void markRead(Caller caller, Long notificationId) {
        caller.scope().bind(jdbc.sql("""
                        INSERT INTO notification_read (notification_id, user_id)
                        SELECT n.id, :user FROM notification n JOIN organization o ON o.id = n.organization_id
                        WHERE """ + Scope.sql("o") + " AND (CAST(:id AS BIGINT) IS NULL OR n.id = :id) ON CONFLICT DO NOTHING"))
                .param("user", caller.id()).param("id", notificationId).update();
    }

    /** E-mail subscription of an address to an organization's (and its subtree's) notifications. */
    @Transactional
    public void subscribe(Caller caller, long organizationId, String email) {
        organizations.get(caller, organizationId);
        if (organizations.find(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT, Role.SECRETARY), organizationId).isEmpty()) {
            throw new ForbiddenException("notification.subscribe-forbidden", "无权为该组织设置邮件通知 / You may not subscribe to this organization");
        }
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("notification.email", "email", "邮箱地址格式不正确 / Not an e-mail address");
        }
        jdbc.sql("INSERT INTO notification_subscription (organization_id, email) VALUES (:org, :email) ON CONFLICT DO NOTHING")
                .param("org", organizationId).param("email", email.trim()).update();
        audit.record("notification.subscribed", "Organization", organizationId, organizationId, null, email.trim());
    }
}
