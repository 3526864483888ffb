package io.shuzhi.account;

/** Role x organization subtree. {@code organizationId} is null only for a system-wide ADMIN. */
public record Grant(Role role, Long organizationId) {

    public Grant {
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
    }

    public boolean global() {
        return organizationId == null;
    }
}
