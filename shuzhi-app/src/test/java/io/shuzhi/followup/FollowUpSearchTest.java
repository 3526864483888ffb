package io.shuzhi.followup;

import io.shuzhi.campaign.CampaignFixtures;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems and commitments are searchable as soon as they change and after a rebuild, within the user's scope. */
@IntegrationTest
class FollowUpSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void aCreatedProblemIsFoundInItsCountyAndNotInAnother() {
        Api admin = Api.admin(port);
        FollowupFixture fixture = new FollowupFixture(admin, port);
        long city = fixture.organization(null, "检索市", "COMMITTEE", "CITY");
        long county = fixture.organization(city, "检索县", "COMMITTEE", "COUNTY");
        long other = fixture.organization(city, "邻县", "COMMITTEE", "COUNTY");
        String word = "整改检索" + Api.unique("");
        long problem = fixture.problem(admin, county, "村级活动阵地建设滞后" + word, LocalDate.now(clock).plusDays(30));
        long commitment = admin.post("/api/commitments", Map.of("organizationId", county, "text", "全年发展党员5名" + word,
                "deadline", LocalDate.now(clock).plusDays(100).toString())).json().get("id").asLong();

        Api insider = CampaignFixtures.user(admin, port, "VIEWER", county);
        Api outsider = CampaignFixtures.user(admin, port, "VIEWER", other);
        assertThat(hitIds(insider, word, "PROBLEM")).containsExactly(problem);
        assertThat(hitIds(insider, word, "COMMITMENT")).containsExactly(commitment);
        assertThat(hitIds(outsider, word, "PROBLEM")).isEmpty();
        assertThat(hitIds(outsider, word, "COMMITMENT")).isEmpty();

        assertThat(admin.post("/api/search/rebuild", Map.of()).status()).isEqualTo(200);
        assertThat(hitIds(insider, word, "PROBLEM")).containsExactly(problem);
        assertThat(hitIds(insider, word, "COMMITMENT")).containsExactly(commitment);
        assertThat(hitIds(outsider, word, "PROBLEM")).isEmpty();
    }

    private static java.util.List<Long> hitIds(Api as, String word, String kind) {
        Api.Response r = as.get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&kind=" + kind);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("hits").valueStream().map(h -> h.get("id").asLong()).toList();
    }
}
