package io.shuzhi.review;

import java.util.Optional;

/**
 * The hook through which the year-over-year view learns whether last year's commitments were kept and last
 * year's problems closed out. The follow-up feature implements it from its ledgers; until a bean exists, the view
 * says "not tracked" and shows only whether this year's report mentions the item.
 */
public interface FollowUpLookup {

    /** Empty when the commitment is not tracked. */
    Optional<Boolean> commitmentKept(long organizationId, int year, String commitmentText);

    /** Empty when the problem is not tracked. */
    Optional<Boolean> problemClosedOut(long organizationId, int year, String problemText);
}
