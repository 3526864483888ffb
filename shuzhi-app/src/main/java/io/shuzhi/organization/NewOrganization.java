package io.shuzhi.organization;

import java.time.LocalDate;

/** What it takes to create an organization. */
public record NewOrganization(Long parentId, String code, String name, OrganizationKind kind, Level level, Sector sector,
                              String secretaryName, LocalDate foundedOn) {

    public OrganizationDetails details() {
        return new OrganizationDetails(name, kind, level, sector, secretaryName, foundedOn);
    }
}
