package io.shuzhi.warning;

import io.shuzhi.shared.time.MutableClock;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** MEMBER warnings from the registry's recruitment records, through GET /api/warnings (default rules of V202). */
@IntegrationTest
class MemberWarningTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void anOverdueProbationaryMemberIsYellowAndABrokenRecruitmentRuleIsBlue() {
        Api admin = Api.admin(port);
        LocalDate today = LocalDate.now(clock);
        long county = organization(admin, null, "党员预警县", "COMMITTEE", "COUNTY");
        long village = organization(admin, county, "党员预警村", "BRANCH", "VILLAGE");

        // probation began 14 months ago, one year is the default: overdue for conversion
        long overdue = recruitment(admin, village, "王预备", today.minusYears(5), today.minusYears(3).plusMonths(1),
                today.minusYears(2).plusMonths(2), today.minusMonths(14), null);
        // candidate only 3 months after becoming an activist (training is one year): a rule broken, not overdue
        long hasty = recruitment(admin, village, "李积极", today.minusYears(1), today.minusMonths(11), today.minusMonths(8), null, null);
        // in probation for 2 months, rules kept: no warning
        long fine = recruitment(admin, village, "赵正常", today.minusYears(3), today.minusYears(3).plusMonths(1),
                today.minusYears(2).plusMonths(2), today.minusMonths(2), null);

        Map<Long, JsonNode> yellow = members(admin.get("/api/warnings?organizationId=" + county + "&color=YELLOW"));
        assertThat(yellow).containsOnlyKeys(overdue);
        assertThat(yellow.get(overdue).get("rule").asString()).isEqualTo("member-probation-overdue");
        assertThat(yellow.get(overdue).get("label").asString()).isEqualTo("王预备");

        Map<Long, JsonNode> blue = members(admin.get("/api/warnings?organizationId=" + county + "&color=BLUE"));
        assertThat(blue).containsOnlyKeys(hasty);
        assertThat(blue.get(hasty).get("rule").asString()).isEqualTo("member-recruitment-violation");

        Api.Response all = admin.get("/api/warnings?organizationId=" + village);
        assertThat(members(all)).containsOnlyKeys(overdue, hasty).doesNotContainKey(fine);
        assertThat(all.text()).doesNotContain("idNumber").doesNotContain("phone");
    }

    private static Map<Long, JsonNode> members(Api.Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Map<Long, JsonNode> found = new HashMap<>();
        r.json().valueStream().filter(w -> w.get("subjectType").asString().equals("MEMBER")).forEach(w -> found.put(w.get("subjectId").asLong(), w));
        return found;
    }

    private static long recruitment(Api admin, long organizationId, String name, LocalDate applied, LocalDate activist,
                                    LocalDate candidate, LocalDate probationary, LocalDate full) {
        var body = new HashMap<String, Object>();
        body.put("organizationId", organizationId);
        body.put("name", name);
        body.put("birthDate", applied.minusYears(25).toString());
        body.put("appliedOn", applied.toString());
        body.put("activistOn", activist == null ? null : activist.toString());
        body.put("candidateOn", candidate == null ? null : candidate.toString());
        body.put("probationaryOn", probationary == null ? null : probationary.toString());
        body.put("fullOn", full == null ? null : full.toString());
        Api.Response r = admin.post("/api/recruitment", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("recruitment").get("id").asLong();
    }

    private static long organization(Api admin, Long parentId, String name, String kind, String level) {
        var body = new HashMap<String, Object>();
        body.put("parentId", parentId);
        body.put("code", Api.unique("MW-"));
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        Api.Response r = admin.post("/api/organizations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
