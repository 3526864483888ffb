package io.shuzhi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer: a login made on one node is honoured by the
 * other (the session lives in {@code spring_session}), and a scheduled job runs once per tick across both
 * (ShedLock), each run recorded in {@code job_run}.
 */
class ScaleOutTest {

    private static final String EVERY_TWO_SECONDS = "*/2 * * * * *";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static ConfigurableApplicationContext node1;
    static ConfigurableApplicationContext node2;
    static JdbcClient jdbc;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        node1 = node("--shuzhi.node-id=node-1");
        String url;
        try (Connection c = node1.getBean(DataSource.class).getConnection()) {
            url = c.getMetaData().getURL();
        }
        // node 2 joins node 1's database with node 1's credentials: the embedded cluster's superuser, or those of
        // the external server when the suite runs against one (SHUZHI_DB_URL)
        var env = node1.getEnvironment();
        boolean embedded = env.getProperty("shuzhi.db.url", "").isBlank();
        String user = embedded ? "postgres" : env.getProperty("shuzhi.db.user");
        String password = embedded ? "postgres" : env.getProperty("shuzhi.db.password");
        node2 = node("--shuzhi.node-id=node-2", "--shuzhi.db.url=" + url, "--shuzhi.db.user=" + user,
                "--shuzhi.db.password=" + password, "--shuzhi.db.isolated=false");
        jdbc = node1.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
    }

    private static ConfigurableApplicationContext node(String... args) {
        String[] common = {"--server.port=0", "--shuzhi.jobs.housekeeping.cron=" + EVERY_TWO_SECONDS,
                "--shuzhi.jobs.housekeeping.lock-at-least=PT1.5S"};
        String[] all = new String[common.length + args.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(args, 0, all, common.length, args.length);
        return new SpringApplicationBuilder(ShuzhiApplication.class).profiles("test").run(all);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void aLoginOnNodeOneIsValidOnNodeTwo() throws Exception {
        String base1 = "http://localhost:" + port(node1);
        HttpResponse<String> loginPage = HTTP.send(HttpRequest.newBuilder(URI.create(base1 + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymousCookie = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();

        String form = "username=admin&password=" + URLEncoder.encode("admin-test-password", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base1 + "/login"))
                .header("Cookie", anonymousCookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = sessionCookie(login);

        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(node2) + "/"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("node 2 knows the session made on node 1").isEqualTo(200);
        assertThat(home.body()).contains("系统管理员");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'admin'").query(Long.class).single())
                .as("the session is a row in the shared database").isGreaterThanOrEqualTo(1);
    }

    @Test
    void aScheduledJobRunsOncePerTickAcrossBothNodes() throws Exception {
        Timestamp since = jdbc.sql("SELECT clock_timestamp()").query(Timestamp.class).single();
        Thread.sleep(9_000);
        List<Timestamp> runs = jdbc.sql("SELECT ran_at FROM job_run WHERE job = 'account-housekeeping' AND ran_at > :since ORDER BY ran_at")
                .param("since", since).query(Timestamp.class).list();

        // 9 s of a 2 s cron is 4 or 5 ticks; both nodes fire on each, so without the lock there would be 8 to 10 runs
        // (a loaded machine may skip a tick, hence at least 2)
        assertThat(runs).hasSizeBetween(2, 5);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).getTime() - runs.get(i - 1).getTime()).as("one run per tick").isGreaterThan(1_000);
        }
        List<String> nodes = jdbc.sql("SELECT DISTINCT node FROM job_run WHERE job = 'account-housekeeping'").query(String.class).list();
        assertThat(nodes).isSubsetOf("node-1", "node-2").isNotEmpty();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no SESSION cookie (is Spring Session JDBC active?) in " + response.headers().map()));
    }
}
