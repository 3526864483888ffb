package io.shuzhi.warning;

import io.shuzhi.commitment.CommitmentChanged;
import io.shuzhi.rectification.ProblemChanged;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When colours are recorded: right after every committed change of a problem or commitment, and hourly, because
 * overdue days grow with the calendar alone. After commit, so a rolled-back change never notifies anyone.
 */
@Component
class WarningJob {

    private final WarningService warnings;

    WarningJob(WarningService warnings) {
        this.warnings = warnings;
    }

    @Scheduled(cron = "${shuzhi.followup.warnings.cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "followup.warnings", lockAtMostFor = "PT30M")
    public void recomputeOnSchedule() {
        warnings.recompute();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProblemChanged event) {
        warnings.recompute();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommitmentChanged event) {
        warnings.recompute();
    }
}
