package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Grant;
import io.shuzhi.account.Role;
import io.shuzhi.search.SeedCompilation;
import io.shuzhi.support.Api;
import io.shuzhi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Large compilations are analysed in the background: 202 and a status resource whose progress any node can read
 * from the database, the same matches as an upload answered at once, and nothing stored when the file is unreadable.
 * The threshold is lowered per call through the service, so no second Spring context is needed.
 */
@IntegrationTest
class CompilationProgressTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompilationService compilations;
    @Autowired
    CompilationRepository repository;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Clock clock;

    Api admin;
    Caller caller;

    @BeforeEach
    void setUp() {
        admin = Api.admin(port);
        long adminId = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        caller = new Caller(adminId, "admin", null, "管理员", true, List.of(new Grant(Role.ADMIN, null)));
    }

    @Test
    void largeUploadGoesFromProcessingToReadyWithTheSameMatchesAsTheSynchronousPath() {
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        String base = "/api/campaigns/" + f.campaignId() + "/compilations/";
        Api.Response sync = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", SeedCompilation.FILE, SeedCompilation.bytes());
        assertThat(sync.status()).as(sync.text()).isEqualTo(201);
        JsonNode syncStatus = admin.get(base + sync.json().get("id").asLong()).json();
        assertThat(syncStatus.get("status").asString()).isEqualTo("READY");
        assertThat(syncStatus.get("progress").asInt()).isEqualTo(100);
        assertThat(syncStatus.get("reports")).isEqualTo(sync.json().get("reports"));

        var upload = compilations.upload(caller, f.campaignId(), SeedCompilation.FILE, SeedCompilation.bytes(), 0);
        assertThat(upload.processing()).isTrue();
        List<Integer> seen = new ArrayList<>(List.of(0));
        JsonNode done = poll(base + upload.id(), seen);

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("READY");
        assertThat(seen).isSorted().endsWith(100);
        assertThat(done.get("error").isNull()).isTrue();
        assertThat(done.get("reports")).isEqualTo(sync.json().get("reports"));

        Api.Response confirm = admin.post(base + upload.id() + "/confirm", Map.of());
        assertThat(confirm.status()).as(confirm.text()).isEqualTo(200);
        assertThat(confirm.json().get("reports").valueStream().map(r -> r.get("organizationId").asLong()).toList())
                .containsExactly(f.suixian(), f.guangshui(), f.zengdu());
    }

    @Test
    void fileOverTheConfiguredThresholdIsAcceptedWithALocationToPoll() {
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        while (big.size() < 210 * 1024) {
            big.writeBytes(SeedCompilation.bytes());
            big.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        }
        Api.Response upload = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", "big.txt", big.toByteArray());

        assertThat(upload.status()).as(upload.text()).isEqualTo(202);
        assertThat(upload.json().get("status").asString()).isEqualTo("PROCESSING");
        assertThat(upload.json().get("progress").asInt()).isZero();
        String location = upload.header("Location");
        assertThat(location).endsWith("/api/campaigns/" + f.campaignId() + "/compilations/" + upload.json().get("id").asLong());
        JsonNode done = poll(location.substring(location.indexOf("/api/")), new ArrayList<>());
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("READY");
        assertThat(done.get("reports").size()).isGreaterThan(3);
    }

    @Test
    void unreadableDocxFailsWithAChineseReasonAndNothingStored() {
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        byte[] corrupt = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);

        var upload = compilations.upload(caller, f.campaignId(), "broken.docx", corrupt, 0);
        JsonNode done = poll("/api/campaigns/" + f.campaignId() + "/compilations/" + upload.id(), new ArrayList<>());

        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(done.get("error").asString()).contains("无法读取");
        assertThat(done.get("reports").size()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM compilation_report WHERE compilation_id = :id")
                .param("id", upload.id()).query(Long.class).single()).isZero();
        Api.Response confirm = admin.post("/api/campaigns/" + f.campaignId() + "/compilations/" + upload.id() + "/confirm", Map.of());
        assertThat(confirm.status()).as(confirm.text()).isEqualTo(409);

        // a small unreadable file is refused at once, and stores nothing either
        long before = jdbc.sql("SELECT count(*) FROM compilation WHERE campaign_id = :c").param("c", f.campaignId()).query(Long.class).single();
        Api.Response small = admin.upload("/api/campaigns/" + f.campaignId() + "/compilations", "broken.docx", corrupt);
        assertThat(small.status()).as(small.text()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM compilation WHERE campaign_id = :c").param("c", f.campaignId()).query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void uploadPageShowsAPolledProgressBarUntilReady() throws Exception {
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        long id = repository.insertProcessing(f.campaignId(), "big.txt", clock.instant(), "admin");
        repository.advance(id, 40, clock.instant());
        MockMvc browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var auth = authentication(new UsernamePasswordAuthenticationToken(caller, null, caller.getAuthorities()));
        String page = "/campaigns/" + f.campaignId() + "/compilations/" + id;

        browser.perform(get(page).with(auth)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"40\"")));
        browser.perform(get(page).with(auth).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<div id=\"compilation-progress\"")));

        repository.markReady(id);
        browser.perform(get(page).with(auth).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));
        browser.perform(get(page).with(auth)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"matches\"")));
    }

    @Test
    void analysisThatStopsMovingIsReportedAsFailed() {
        ReviewFixture f = ReviewFixture.seedCampaign(admin);
        long id = repository.insertProcessing(f.campaignId(), "big.txt", clock.instant().minus(Duration.ofHours(1)), "admin");

        JsonNode s = admin.get("/api/campaigns/" + f.campaignId() + "/compilations/" + id).json();

        assertThat(s.get("status").asString()).isEqualTo("FAILED");
        assertThat(s.get("error").asString()).contains("中断");
    }

    /** Reads the status until it leaves PROCESSING, noting each progress seen. */
    private JsonNode poll(String path, List<Integer> seen) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Api.Response r = admin.get(path);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            JsonNode s = r.json();
            seen.add(s.get("progress").asInt());
            if (!"PROCESSING".equals(s.get("status").asString()) || System.currentTimeMillis() > deadline) {
                return s;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return s;
            }
        }
    }
}
