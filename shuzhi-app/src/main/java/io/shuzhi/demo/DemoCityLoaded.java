package io.shuzhi.demo;

import io.shuzhi.account.Role;

import java.util.List;
import java.util.Map;

/**
 * Published once the demo city and its users are stored, inside the same transaction. This is the extension point
 * for demo data of other features: a campaign or follow-up module adds its own invented records with
 * <pre>{@code
 * @EventListener
 * void on(DemoCityLoaded demo) { ... campaigns for demo.cityOrganizationId() ... }
 * }</pre>
 * A plain {@code @EventListener} runs in the loading transaction, so a failure rolls the whole demo back and the next
 * start with {@code --demo} tries again on a still-empty database.
 *
 * @param cityOrganizationId    the city committee at the top of the demo tree
 * @param countyOrganizationIds the county/district committees under it, in code order
 * @param organizationIds       every demo organization by code (codes start with {@code DEMO-})
 * @param usernames             the demo user per role (the administrator is {@code admin})
 */
public record DemoCityLoaded(long cityOrganizationId, List<Long> countyOrganizationIds, Map<String, Long> organizationIds,
                             Map<Role, String> usernames) {
}
