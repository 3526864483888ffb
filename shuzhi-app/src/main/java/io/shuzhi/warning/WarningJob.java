package io.shuzhi.warning;

import io.shuzhi.commitment.CommitmentChanged;
import io.shuzhi.rectification.ProblemChanged;
import io.shuzhi.shared.tx.AfterCommit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When colours are recorded: after every committed change of a problem or commitment, and hourly, because overdue
 * days grow with the calendar alone. After commit, so a rolled-back change never notifies anyone.
 * <p>
 * The recount after a change runs on a worker thread of its own: run on the request thread after commit, it needed
 * a second pooled connection while the request still held its first, and a burst of concurrent changes starved the
 * pool (every request waiting for a connection another request held). A recount covers every change committed
 * before it starts, so changes arriving while one is queued are folded into it.
 */
@Component
class WarningJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarningJob.class);

    private final WarningService warnings;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "warning-recount");
        t.setDaemon(true);
        return t;
    });

    WarningJob(WarningService warnings) {
        this.warnings = warnings;
    }

    @Scheduled(cron = "${shuzhi.followup.warnings.cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "followup.warnings", lockAtMostFor = "PT30M")
    public void recomputeOnSchedule() {
        warnings.recompute();
    }

    @EventListener
    void on(ProblemChanged event) {
        AfterCommit.run("queueing a warning recount", this::queueRecount);
    }

    @EventListener
    void on(CommitmentChanged event) {
        AfterCommit.run("queueing a warning recount", this::queueRecount);
    }

    private void queueRecount() {
        if (queued.compareAndSet(false, true)) {
            worker.submit(() -> {
                queued.set(false); // from here on, a new change queues the next recount
                try {
                    warnings.recompute();
                } catch (RuntimeException e) {
                    log.warn("warning recount after a change failed; the hourly run will catch up", e);
                }
            });
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
