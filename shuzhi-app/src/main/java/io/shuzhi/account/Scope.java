package io.shuzhi.account;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The organization subtrees a caller may see for some purpose, computed once per request from its grants.
 * Queries filter with {@link #sql(String)} and {@link #bind(JdbcClient.StatementSpec)}: the SQL text is a
 * constant and the subtree roots are bound parameters, so scope can never be spliced into a query.
 */
public record Scope(boolean global, Set<Long> rootIds) {

    public static final Scope NONE = new Scope(false, Set.of());
    public static final Scope ALL = new Scope(true, Set.of());

    public Scope {
        rootIds = Set.copyOf(rootIds);
    }

    public static Scope of(Collection<Long> rootIds) {
        return new Scope(false, Set.copyOf(rootIds));
    }

    public boolean isEmpty() {
        return !global && rootIds.isEmpty();
    }

    /**
     * A condition true when the organization aliased {@code organizationAlias} lies in this scope. Needs the
     * parameters {@code scopeGlobal} and {@code scopeRoots}, bound by {@link #bind}.
     */
    public static String sql(String organizationAlias) {
        return "(:scopeGlobal OR EXISTS (SELECT 1 FROM organization scope_root WHERE scope_root.id IN (:scopeRoots)"
                + " AND " + organizationAlias + ".path LIKE scope_root.path || '%'))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        // IN () is not valid SQL; -1 is never an id
        List<Long> roots = rootIds.isEmpty() ? List.of(-1L) : List.copyOf(rootIds);
        return spec.param("scopeGlobal", global).param("scopeRoots", roots);
    }

    public Scope union(Scope other) {
        if (global || other.global) {
            return ALL;
        }
        var all = new HashSet<>(rootIds);
        all.addAll(other.rootIds);
        return new Scope(false, all);
    }
}
