package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a campaign. Visibility (404) is decided by the queries; these checks decide, for a visible
 * object, whether the caller's role allows the action (403).
 */
@Component
class CampaignAccess {

    private final OrganizationService organizations;

    CampaignAccess(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** 组织部 (or ADMIN) over the host: runs the campaign, returns and accepts reports, opens ballots. */
    void requireHostDepartment(Caller caller, Campaign campaign) {
        if (!holds(caller, campaign.hostOrganizationId(), Role.ORGANIZATION_DEPARTMENT)) {
            throw new ForbiddenException("campaign.host-only", "只有主办单位组织部可以执行此操作 / Only the host's organization department may do this");
        }
    }

    boolean isHostDepartment(Caller caller, Campaign campaign) {
        return holds(caller, campaign.hostOrganizationId(), Role.ORGANIZATION_DEPARTMENT);
    }

    /** The host secretary (or its department) records the critique. */
    void requireHostSecretary(Caller caller, Campaign campaign) {
        if (!holds(caller, campaign.hostOrganizationId(), Role.SECRETARY, Role.ORGANIZATION_DEPARTMENT)) {
            throw new ForbiddenException("campaign.host-secretary-only", "只有主办单位书记可以点评 / Only the host secretary may critique");
        }
    }

    /** The reporter organization's secretary (or a department above it) writes and submits the report. */
    void requireReporter(Caller caller, DutyReport report) {
        if (!isReporter(caller, report)) {
            throw new ForbiddenException("report.reporter-only", "只有述职人可以编辑和提交述职报告 / Only the reporter may edit and submit the report");
        }
    }

    boolean isReporter(Caller caller, DutyReport report) {
        return holds(caller, report.organizationId(), Role.SECRETARY, Role.ORGANIZATION_DEPARTMENT);
    }

    boolean sees(Caller caller, long organizationId) {
        return organizations.find(caller.scope(), organizationId).isPresent();
    }

    private boolean holds(Caller caller, long organizationId, Role... roles) {
        return organizations.find(caller.scopeFor(roles), organizationId).isPresent();
    }
}
