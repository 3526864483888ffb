package io.shuzhi.demo;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.account.UserService;
import io.shuzhi.organization.Level;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationImport;
import io.shuzhi.organization.OrganizationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented city 江城 (every name marked （演示）): three districts and a county, their townships and streets,
 * 31 villages and communities, and a working committee for private enterprises and social organizations. The tree
 * is a sheet in the import format ({@code demo/jiangcheng.csv}) read by the ordinary import, so the demo also
 * shows what an import file looks like.
 */
@Component
class DemoCity {

    static final String CITY_CODE = "DEMO-JC";
    /** The demo secretary reports for 江北区. */
    static final String SECRETARY_COUNTY = "DEMO-JC-JB";
    private static final String SHEET = "demo/jiangcheng.csv";
    /** Demo work is done as a system-wide administrator; the audit log records the actor as {@code system}. */
    private static final Caller SYSTEM = new Caller(0, "system", null, "演示数据", true, List.of(new Grant(Role.ADMIN, null)));

    private final OrganizationImport importer;
    private final OrganizationService organizations;
    private final UserService users;
    private final ApplicationEventPublisher events;

    DemoCity(OrganizationImport importer, OrganizationService organizations, UserService users, ApplicationEventPublisher events) {
        this.importer = importer;
        this.organizations = organizations;
        this.users = users;
        this.events = events;
    }

    /** Loads everything in one transaction and announces it; the caller has checked that the database is empty. */
    @Transactional
    DemoCityLoaded load(String password) {
        importer.importFile(SYSTEM, SHEET, sheet());
        Organization city = organizations.findByCode(CITY_CODE).orElseThrow();
        List<Organization> tree = organizations.subtree(SYSTEM, city.id());
        List<Long> counties = tree.stream().filter(o -> o.level() == Level.COUNTY)
                .sorted(java.util.Comparator.comparing(Organization::code)).map(Organization::id).toList();
        Map<String, Long> ids = new LinkedHashMap<>();
        tree.forEach(o -> ids.put(o.code(), o.id()));

        Map<Role, String> usernames = new EnumMap<>(Role.class);
        usernames.put(Role.ADMIN, "admin");
        user(usernames, "demo-orgdept", "（演示）市委组织部干部", Role.ORGANIZATION_DEPARTMENT, city.id(), password);
        user(usernames, "demo-secretary", "（演示）江北区委书记", Role.SECRETARY, ids.get(SECRETARY_COUNTY), password);
        user(usernames, "demo-evaluator", "（演示）测评人", Role.EVALUATOR, city.id(), password);
        user(usernames, "demo-viewer", "（演示）查看者", Role.VIEWER, city.id(), password);

        DemoCityLoaded loaded = new DemoCityLoaded(city.id(), counties, java.util.Collections.unmodifiableMap(ids),
                java.util.Collections.unmodifiableMap(usernames));
        events.publishEvent(loaded);
        return loaded;
    }

    boolean isWanted() {
        return organizations.isEmpty();
    }

    private void user(Map<Role, String> usernames, String username, String displayName, Role role, long organizationId, String password) {
        users.ensureSystemUser(username, password, displayName, List.of(new Grant(role, organizationId)));
        usernames.put(role, username);
    }

    private static byte[] sheet() {
        try (var in = new ClassPathResource(SHEET).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo sheet missing: " + SHEET, e);
        }
    }
}
