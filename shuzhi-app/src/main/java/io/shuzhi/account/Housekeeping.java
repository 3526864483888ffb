package io.shuzhi.account;

import io.shuzhi.shared.scheduling.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Purges what authentication leaves behind: API tokens expired or revoked longer than {@code retention} ago,
 * failed logins older than the throttling window (they no longer count), and HTTP sessions past their expiry
 * (this replaces Spring Session's own per-node cleanup, see {@code spring.session.jdbc.cleanup-cron}). Runs on one
 * node per tick, guarded by ShedLock, and each run is written to {@code job_run}.
 */
@Component
class Housekeeping {

    static final String JOB = "account-housekeeping";
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties security;
    private final JobRuns runs;
    private final Duration retention;

    Housekeeping(JdbcClient jdbc, Clock clock, SecurityProperties security, JobRuns runs,
                 @Value("${shuzhi.jobs.housekeeping.retention:P7D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.security = security;
        this.runs = runs;
        this.retention = retention;
    }

    @Scheduled(cron = "${shuzhi.jobs.housekeeping.cron:0 */10 * * * *}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${shuzhi.jobs.housekeeping.lock-at-least:PT1M}")
    @Transactional
    public void run() {
        Instant now = Instant.now(clock);
        int tokens = jdbc.sql("DELETE FROM api_token WHERE expires_at < :before OR revoked_at < :before")
                .param("before", Timestamp.from(now.minus(retention))).update();
        int failures = jdbc.sql("DELETE FROM login_failure WHERE failed_at < :before")
                .param("before", Timestamp.from(now.minus(security.lockout()))).update();
        int sessions = jdbc.sql("DELETE FROM spring_session WHERE expiry_time < :now")
                .param("now", now.toEpochMilli()).update();
        runs.record(JOB);
        if (tokens + failures + sessions > 0) {
            log.info("Housekeeping removed {} API tokens, {} failed logins, {} expired sessions", tokens, failures, sessions);
        }
    }
}
