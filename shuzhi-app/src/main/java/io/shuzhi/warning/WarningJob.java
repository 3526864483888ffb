package io.shuzhi.warning;

import io.shuzhi.commitment.CommitmentChanged;
import io.shuzhi.rectification.ProblemChanged;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When colours are recorded: after every change of a problem or commitment (in the same transaction, so the
 * history never disagrees with the data), and hourly, because overdue days grow with the calendar alone.
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

    @EventListener
    void on(ProblemChanged event) {
        warnings.recompute();
    }

    @EventListener
    void on(CommitmentChanged event) {
        warnings.recompute();
    }
}
