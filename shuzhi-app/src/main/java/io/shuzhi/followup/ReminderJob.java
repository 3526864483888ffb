package io.shuzhi.followup;

import io.shuzhi.commitment.CommitmentQueries;
import io.shuzhi.notification.NotificationService;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemQueries;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminders of due dates for problems (not closed) and commitments (not rated). Each (subject, offset) is sent at
 * most once, ever: the row in {@code reminder_sent} is inserted with ON CONFLICT DO NOTHING and only a fresh insert
 * sends, so restarts, retries and several nodes never send twice.
 */
@Component
public class ReminderJob {

    private final ProblemQueries problems;
    private final CommitmentQueries commitments;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final ReminderOffsets offsets;
    private final Clock clock;

    ReminderJob(ProblemQueries problems, CommitmentQueries commitments, NotificationService notifications, JdbcClient jdbc,
                FollowupProperties properties, Clock clock) {
        this.problems = problems;
        this.commitments = commitments;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.offsets = new ReminderOffsets(properties.offsets());
        this.clock = clock;
    }

    @Scheduled(cron = "${shuzhi.followup.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "followup.reminders", lockAtMostFor = "PT30M")
    public void onSchedule() {
        sendReminders();
    }

    /** Sends what is due today; answers how many reminders were sent. */
    @Transactional
    public int sendReminders() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Problem p : problems.allNotClosed()) {
            sent += remind("PROBLEM", p.id(), p.organizationId(), p.dueDate(), today,
                    "整改提醒:问题 " + p.number() + " ", "/problems/" + p.id());
        }
        for (var j : commitments.allUnrated()) {
            var c = j.commitment();
            sent += remind("COMMITMENT", c.id(), c.organizationId(), c.deadline(), today,
                    "践诺提醒:承诺「" + abbreviate(c.text()) + "」", "/commitments/" + c.id());
        }
        return sent;
    }

    private int remind(String type, long id, long organizationId, LocalDate due, LocalDate today, String text, String link) {
        List<Integer> reached = offsets.reached(due, today);
        int sent = 0;
        for (int i = 0; i < reached.size(); i++) {
            boolean fresh = jdbc.sql("""
                            INSERT INTO reminder_sent (subject_type, subject_id, offset_days, sent_at) VALUES (:type, :id, :offset, :at)
                            ON CONFLICT DO NOTHING""")
                    .param("type", type).param("id", id).param("offset", reached.get(i)).param("at", Timestamp.from(clock.instant()))
                    .update() == 1;
            if (fresh && i == reached.size() - 1) {
                notifications.notify(organizationId, "reminder", text + ReminderOffsets.phrase(reached.get(i)) + "(" + due + ")", link);
                sent++;
            }
        }
        return sent;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
