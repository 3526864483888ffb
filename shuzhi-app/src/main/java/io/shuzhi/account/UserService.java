package io.shuzhi.account;

import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Creates and manages users. ADMIN may grant anything; ORGANIZATION_DEPARTMENT only grants within its own
 * subtree and never ADMIN, so nobody can hand out more than they hold.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserService(UserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<Caller> list(Caller caller) {
        return users.findAll(caller.isAdmin() ? Scope.ALL : caller.scopeFor(Role.ORGANIZATION_DEPARTMENT));
    }

    public Caller get(Caller caller, long id) {
        return list(caller).stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional
    public Caller create(Caller caller, String username, String password, String displayName, List<Grant> grants) {
        checkMayGrant(caller, grants);
        checkPassword(password);
        String name = username.trim();
        if (users.usernameExists(name)) {
            throw new ConflictException("user.duplicate-username", "用户名已存在 / Username already taken: " + name);
        }
        long id = users.insert(name, encoder.encode(password), displayName.trim(), grants);
        Caller created = users.findById(id).orElseThrow();
        audit.record("user.created", "User", id, firstOrganization(grants), null,
                Map.of("username", name, "displayName", displayName.trim(), "grants", grants));
        return created;
    }

    @Transactional
    public Caller changeGrants(Caller caller, long userId, List<Grant> grants) {
        if (caller.id() == userId) {
            // nobody widens their own access, nor locks themselves out by accident
            throw new ForbiddenException("user.own-grants", "不能修改自己的权限，请由其他管理员操作 / You cannot change your own access");
        }
        Caller before = get(caller, userId);
        checkMayGrant(caller, before.grants());
        checkMayGrant(caller, grants);
        users.replaceGrants(userId, grants);
        audit.record("user.grants-changed", "User", userId, firstOrganization(grants),
                Map.of("grants", before.grants()), Map.of("grants", grants));
        return users.findById(userId).orElseThrow();
    }

    @Transactional
    public void setActive(Caller caller, long userId, boolean active) {
        Caller target = get(caller, userId);
        checkMayGrant(caller, target.grants());
        users.setActive(userId, active);
        audit.record(active ? "user.activated" : "user.deactivated", "User", userId, firstOrganization(target.grants()), null, null);
    }

    @Transactional
    public void resetPassword(Caller caller, long userId, String password) {
        Caller target = get(caller, userId);
        checkMayGrant(caller, target.grants());
        checkPassword(password);
        users.updatePassword(userId, encoder.encode(password));
        audit.record("user.password-reset", "User", userId, firstOrganization(target.grants()), null, null);
    }

    /** Creates or resets a system user without a caller: the first administrator, demo users. */
    @Transactional
    public long ensureSystemUser(String username, String password, String displayName, List<Grant> grants) {
        return users.findByUsername(username).map(Caller::id).orElseGet(() -> {
            long id = users.insert(username, encoder.encode(password), displayName, grants);
            audit.record("user.created", "User", id, firstOrganization(grants), null,
                    Map.of("username", username, "grants", grants));
            return id;
        });
    }

    public boolean exists(String username) {
        return users.usernameExists(username);
    }

    private void checkMayGrant(Caller caller, List<Grant> grants) {
        if (caller.isAdmin()) {
            return;
        }
        boolean grantsAdmin = grants.stream().anyMatch(g -> g.role() == Role.ADMIN || g.global());
        Scope own = caller.scopeFor(Role.ORGANIZATION_DEPARTMENT);
        if (own.isEmpty() || grantsAdmin) {
            throw new ForbiddenException("user.grant-beyond-scope", "不能授予超出自身范围的权限 / You cannot grant beyond your own scope");
        }
        List<Long> orgs = grants.stream().map(Grant::organizationId).toList();
        if (!users.allWithin(orgs, own)) {
            throw new ForbiddenException("user.grant-beyond-scope", "不能授予超出自身范围的权限 / You cannot grant beyond your own scope");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("user.weak-password", "password",
                    "密码至少 " + MIN_PASSWORD_LENGTH + " 位 / Password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static Long firstOrganization(List<Grant> grants) {
        return grants.stream().map(Grant::organizationId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
