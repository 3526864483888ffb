package io.shuzhi.account;

/**
 * Role x organization subtree. {@code organizationId} is null only for a system-wide ADMIN. Serializable because a
 * {@link Caller} and its grants are stored in the JDBC-backed HTTP session.
 */
public record Grant(Role role, Long organizationId) implements java.io.Serializable {

    public Grant {
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
    }

    public boolean global() {
        return organizationId == null;
    }
}
