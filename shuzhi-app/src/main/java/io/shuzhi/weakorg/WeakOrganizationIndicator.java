package io.shuzhi.weakorg;

import io.shuzhi.organization.Organization;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * One indicator of the bottom ranking, scored 0–100 where higher is better. Its weight lives in
 * {@code weak_org_indicator_weight} under {@link #code()}; an indicator without a weight row is ignored. An
 * organization missing from the answer has no data for it, and the composite is taken over the others.
 */
public interface WeakOrganizationIndicator {

    String code();

    /** Scores for as many of {@code organizations} as have data, in as few queries as possible. */
    Map<Long, BigDecimal> scores(Collection<Organization> organizations, int year);
}
