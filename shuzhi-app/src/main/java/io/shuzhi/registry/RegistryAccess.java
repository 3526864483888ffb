package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may touch registry records: anyone who sees an organization may read its records; ADMIN and
 * ORGANIZATION_DEPARTMENT over it may change them. Invisible → 404, visible but read-only → 403.
 */
@Component
class RegistryAccess {

    private final OrganizationService organizations;

    RegistryAccess(OrganizationService organizations) {
        this.organizations = organizations;
    }

    Organization readable(Caller caller, long organizationId) {
        return organizations.get(caller, organizationId);
    }

    Organization writable(Caller caller, long organizationId) {
        Organization org = organizations.get(caller, organizationId);
        if (organizations.find(caller.scopeFor(Role.ORGANIZATION_DEPARTMENT), organizationId).isEmpty()) {
            throw new ForbiddenException("registry.read-only", "无权修改该组织的登记信息 / You may not change this organization's records");
        }
        return org;
    }
}
