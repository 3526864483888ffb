package io.shuzhi.organization;

import java.time.LocalDate;

/** The editable attributes of an organization (its place in the tree changes only by a move). */
public record OrganizationDetails(String name, OrganizationKind kind, Level level, Sector sector, String secretaryName,
                                  LocalDate foundedOn) {
}
