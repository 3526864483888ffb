package io.shuzhi.demo;

import io.shuzhi.account.Role;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = {"shuzhi.demo=true", "shuzhi.demo-password=demo-password-1"})
@Import(DemoCityTest.Captured.class)
class DemoCityTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Captured captured;
    @Autowired
    DemoLoader loader;

    @Test
    void anInventedCityMarkedAsDemoIsLoadedIntoTheEmptyDatabase() {
        assertThat(count("code = 'DEMO-JC' AND name = '（演示）江城市委' AND level = 'CITY' AND parent_id IS NULL")).isOne();
        assertThat(count("code LIKE 'DEMO-%' AND name NOT LIKE '（演示）%'")).as("every name is marked as demo").isZero();
        assertThat(count("level = 'COUNTY'")).isGreaterThanOrEqualTo(3);
        assertThat(count("level = 'TOWNSHIP'")).isGreaterThanOrEqualTo(6);
        assertThat(count("level IN ('VILLAGE', 'COMMUNITY')")).isGreaterThanOrEqualTo(30);
        assertThat(count("sector = 'PRIVATE_ENTERPRISE' AND level = 'UNIT' AND kind IN ('BRANCH', 'JOINT_BRANCH')")).isGreaterThanOrEqualTo(2);
        assertThat(count("sector = 'SOCIAL_ORGANIZATION' AND level = 'UNIT' AND kind IN ('BRANCH', 'JOINT_BRANCH')")).isGreaterThanOrEqualTo(2);
        assertThat(count("secretary_name IS NULL")).as("every organization has a secretary").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'organization.created' AND actor = 'system'")
                .query(Long.class).single()).isEqualTo(count("TRUE"));
    }

    @Test
    void eachDemoUserSignsInWithItsRoleAndScope() {
        Api secretary = Api.login(port, "demo-secretary", "demo-password-1");
        List<String> codes = secretary.get("/api/organizations").json().valueStream().map(n -> n.get("code").asString()).toList();
        assertThat(codes).isNotEmpty().allMatch(c -> c.startsWith("DEMO-JC-JB"));

        Api orgDept = Api.login(port, "demo-orgdept", "demo-password-1");
        assertThat(orgDept.get("/api/organizations").json().size()).isEqualTo((int) count("TRUE"));
        assertThat(jdbc.sql("SELECT role FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username IN "
                + "('demo-orgdept', 'demo-secretary', 'demo-evaluator', 'demo-viewer') ORDER BY role").query(String.class).list())
                .containsExactly("EVALUATOR", "ORGANIZATION_DEPARTMENT", "SECRETARY", "VIEWER");
    }

    @Test
    void otherFeaturesHearOfTheDemoCity() {
        assertThat(captured.events).hasSize(1);
        DemoCityLoaded event = captured.events.get(0);
        assertThat(event.cityOrganizationId()).isEqualTo(jdbc.sql("SELECT id FROM organization WHERE code = 'DEMO-JC'").query(Long.class).single());
        assertThat(event.countyOrganizationIds()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(event.usernames()).containsEntry(Role.SECRETARY, "demo-secretary").containsEntry(Role.ADMIN, "admin");
    }

    @Test
    void aSecondStartWithDemoLeavesTheDatabaseAlone() throws Exception {
        long before = count("TRUE");

        loader.run(new DefaultApplicationArguments("--demo"));

        assertThat(count("TRUE")).isEqualTo(before);
        assertThat(captured.events).hasSize(1);
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE " + condition).query(Long.class).single();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Captured {
        final List<DemoCityLoaded> events = new ArrayList<>();

        @EventListener
        void on(DemoCityLoaded event) {
            events.add(event);
        }
    }
}
