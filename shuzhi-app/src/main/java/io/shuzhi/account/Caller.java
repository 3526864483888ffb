package io.shuzhi.account;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated user as every feature sees it: who, and which subtrees for which roles. Obtain it with
 * {@code @AuthenticationPrincipal Caller caller} in controllers. It is serialised into the JDBC-backed session,
 * so it holds only plain values.
 */
public final class Caller implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final boolean active;
    private final List<Grant> grants;

    public Caller(long id, String username, String passwordHash, String displayName, boolean active, List<Grant> grants) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.active = active;
        this.grants = List.copyOf(grants);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean hasRole(Role... roles) {
        Set<Role> wanted = EnumSet.copyOf(Arrays.asList(roles));
        return grants.stream().anyMatch(g -> wanted.contains(g.role()));
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** Everything the caller may read: the union of all its grants. */
    public Scope scope() {
        return scopeOf(grants);
    }

    /** The subtrees in which the caller holds one of {@code roles}; ADMIN counts for every role. */
    public Scope scopeFor(Role... roles) {
        Set<Role> wanted = EnumSet.copyOf(Arrays.asList(roles));
        wanted.add(Role.ADMIN);
        return scopeOf(grants.stream().filter(g -> wanted.contains(g.role())).toList());
    }

    private static Scope scopeOf(List<Grant> grants) {
        if (grants.stream().anyMatch(Grant::global)) {
            return Scope.ALL;
        }
        Set<Long> roots = new HashSet<>();
        grants.forEach(g -> roots.add(g.organizationId()));
        return Scope.of(roots);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(g -> new SimpleGrantedAuthority(g.role().authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Caller other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Caller[" + username + "]";
    }
}
