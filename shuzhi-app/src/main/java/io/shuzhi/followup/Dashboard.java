package io.shuzhi.followup;

import io.shuzhi.commitment.FulfilmentRate;
import io.shuzhi.weakorg.WeakOrganization;

import java.util.List;
import java.util.Map;

/**
 * The follow-up of one subtree at a glance. Counts only, no ranking of the grassroots: the fulfilment rate is shown
 * per child organization of the subtree, for the people responsible for them, never as a league table.
 */
public record Dashboard(long organizationId, String organizationName, int year, ProblemCounts problems,
                        FulfilmentRate fulfilment, List<ChildFulfilment> fulfilmentByChild, Map<String, Long> warningsByColor,
                        List<WeakOrganization> weakOrganizations) {

    public record ProblemCounts(int open, int overdue, int dueThisWeek, int closedLast90Days) {
    }

    public record ChildFulfilment(long organizationId, String name, FulfilmentRate fulfilment) {
    }
}
