package io.shuzhi.weakorg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One organization designated weak for one year. {@code replaceSecretary} is set when it was also designated the
 * years before (see {@link WeakOrgProperties#replaceAfterYears()}).
 */
public record WeakOrganization(long id, long organizationId, String organizationName, int year,
                               WeakOrganizationStatus status, String designation, String reason, BigDecimal score,
                               LocalDate deadline, String firstSecretary, boolean replaceSecretary,
                               BigDecimal assessmentScore, List<Sponsor> sponsors) {

    /** 包保 leader: a name, and the user id when the leader has an account. */
    public record Sponsor(long id, String name, Long userId) {
    }

    /** Past the deadline and still not turned around. */
    public boolean overdue(LocalDate today) {
        return status == WeakOrganizationStatus.CONSOLIDATING && today.isAfter(deadline);
    }
}
