package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.ConflictException;
import io.shuzhi.shared.ForbiddenException;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The organization tree as other features use it. Reads are limited to the caller's scope; changes need
 * ADMIN or ORGANIZATION_DEPARTMENT over the organization concerned, and are audited.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository repository;
    private final AuditLog audit;

    OrganizationService(OrganizationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Organization> list(Caller caller) {
        return repository.findAll(caller.scope(), false);
    }

    public List<Organization> list(Scope scope, boolean includeInactive) {
        return repository.findAll(scope, includeInactive);
    }

    public List<Organization> search(Caller caller, String text, int limit) {
        return repository.search(caller.scope(), text.trim(), limit);
    }

    public List<Organization> children(Caller caller, Long parentId) {
        return parentId == null ? repository.findScopeRoots(caller.scope()) : repository.findChildren(caller.scope(), parentId);
    }

    /** The organization if it exists and the caller may see it; otherwise 404, whichever it is. */
    public Organization get(Caller caller, long id) {
        return find(caller.scope(), id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    public Optional<Organization> find(Scope scope, long id) {
        return repository.findById(id, scope);
    }

    /** True before the first organization exists (a fresh installation). */
    public boolean isEmpty() {
        return repository.isEmpty();
    }

    /** Unscoped lookup, for system work (demo data, imports already authorised). */
    public Optional<Organization> findByCode(String code) {
        return repository.findByCode(code);
    }

    /** The organization and everything below it, in tree order. */
    public List<Organization> subtree(Caller caller, long rootId) {
        return repository.findSubtree(get(caller, rootId));
    }

    @Transactional
    public Organization create(Caller caller, NewOrganization request) {
        Organization parent = null;
        if (request.parentId() == null) {
            if (!caller.isAdmin()) {
                throw new ForbiddenException("organization.root-requires-admin", "只有系统管理员可以创建顶级组织 / Only an administrator can create a top-level organization");
            }
        } else {
            parent = writable(caller, request.parentId());
        }
        String code = request.code().trim();
        if (repository.codeExists(code)) {
            throw new ConflictException("organization.duplicate-code", "组织编码已存在 / Code already in use: " + code);
        }
        long id = repository.insert(withCode(request, code), parent);
        Organization created = repository.findById(id).orElseThrow();
        audit.record("organization.created", "Organization", id, id, null, created);
        return created;
    }

    @Transactional
    public Organization update(Caller caller, long id, OrganizationDetails details) {
        Organization before = writable(caller, id);
        repository.update(id, details);
        Organization after = repository.findById(id).orElseThrow();
        audit.record("organization.updated", "Organization", id, id, before, after);
        return after;
    }

    @Transactional
    public Organization move(Caller caller, long id, long newParentId) {
        Organization org = writable(caller, id);
        Organization newParent = writable(caller, newParentId);
        if (newParent.isWithin(org)) {
            throw new InvalidInputException("organization.cycle", "parentId", "不能移动到自身或其下级组织之下 / Cannot move an organization under itself or its descendants");
        }
        repository.move(org, newParent);
        Organization after = repository.findById(id).orElseThrow();
        audit.record("organization.moved", "Organization", id, id, org, after);
        return after;
    }

    /** Deactivation hides an organization from everyday lists; rows that refer to it are kept (no hard delete). */
    @Transactional
    public Organization setActive(Caller caller, long id, boolean active) {
        Organization before = writable(caller, id);
        repository.setActive(id, active);
        Organization after = repository.findById(id).orElseThrow();
        audit.record(active ? "organization.reactivated" : "organization.deactivated", "Organization", id, id, before, after);
        return after;
    }

    /** The organization, if the caller may change it; 404 when invisible, 403 when visible but read-only. */
    Organization writable(Caller caller, long id) {
        Organization org = get(caller, id);
        if (repository.findById(id, caller.scopeFor(Role.ORGANIZATION_DEPARTMENT)).isEmpty()) {
            throw new ForbiddenException("organization.read-only", "无权修改该组织 / You may not change this organization");
        }
        return org;
    }

    private static NewOrganization withCode(NewOrganization r, String code) {
        return new NewOrganization(r.parentId(), code, r.name().trim(), r.kind(), r.level(), r.sector(), r.secretaryName(), r.foundedOn());
    }
}
