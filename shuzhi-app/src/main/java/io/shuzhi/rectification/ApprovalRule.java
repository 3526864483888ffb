package io.shuzhi.rectification;

import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who is "the level above" a problem's organization, and so may close it out, return it or reopen it:
 * a caller holding ADMIN, ORGANIZATION_DEPARTMENT or SECRETARY on a strict ancestor of the organization (a
 * system-wide ADMIN counts as above everything). A grant on the organization itself, or only below it, is the
 * owner's own level: the owner never closes its own problems ("not verified, not closed").
 */
final class ApprovalRule {

    private static final Set<Role> APPROVING = EnumSet.of(Role.ADMIN, Role.ORGANIZATION_DEPARTMENT, Role.SECRETARY);

    private ApprovalRule() {
    }

    /** @param organizationPath the problem organization's path, e.g. "/1/5/9/" (the last id is the organization) */
    static boolean isLevelAbove(List<Grant> grants, String organizationPath) {
        List<Long> ids = Arrays.stream(organizationPath.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        List<Long> ancestors = ids.subList(0, Math.max(0, ids.size() - 1));
        return grants.stream().filter(g -> APPROVING.contains(g.role()))
                .anyMatch(g -> g.global() || ancestors.contains(g.organizationId()));
    }
}
