package io.shuzhi.organization;

import java.time.LocalDate;

/**
 * A party organization, one node of the tree. {@code path} lists the ids from the root down ("/1/5/9/") and is
 * maintained by {@link OrganizationService}, never set by callers.
 */
public record Organization(long id, Long parentId, String code, String name, OrganizationKind kind, Level level,
                           Sector sector, String secretaryName, LocalDate foundedOn, boolean active, String path,
                           int depth) {

    public boolean isWithin(Organization ancestor) {
        return path.startsWith(ancestor.path());
    }
}
