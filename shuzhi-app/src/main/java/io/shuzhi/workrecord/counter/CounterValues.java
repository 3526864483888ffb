package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.Counter;
import io.shuzhi.workrecord.meeting.MeetingService;
import io.shuzhi.workrecord.scope.Place;
import io.shuzhi.workrecord.scope.Places;
import io.shuzhi.workrecord.summary.ActivityFilter;
import io.shuzhi.workrecord.summary.ActivitySummaries;
import io.shuzhi.workrecord.training.TrainingCoverage;
import io.shuzhi.workrecord.visit.FieldVisitService;
import io.shuzhi.workrecord.visit.VisitTally;

import io.shuzhi.account.Scope;
import io.shuzhi.organization.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The current value of a counter over a filter, as of a day (months still running are not judged yet). */
@Component
public class CounterValues {

    private final JdbcClient jdbc;
    private final FieldVisitService visits;
    private final MeetingService meetings;
    private final ActivitySummaries summaries;
    private final TrainingCoverage training;

    CounterValues(JdbcClient jdbc, FieldVisitService visits, MeetingService meetings, ActivitySummaries summaries, TrainingCoverage training) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.meetings = meetings;
        this.summaries = summaries;
        this.training = training;
    }

    BigDecimal value(Counter counter, ActivityFilter filter, LocalDate asOf) {
        return BigDecimal.valueOf(switch (counter) {
            case FIELD_VISITS -> tally(filter).fieldVisits();
            case ORGANIZATIONS_VISITED -> tally(filter).organizationsVisited();
            case VILLAGES_VISITED -> tally(filter).villagesVisited();
            case SUPERVISION_VISITS -> tally(filter).supervisionVisits();
            case SUPERVISION_VISITS_PER_TOWNSHIP -> tally(filter).fewestSupervisionVisitsPerTownship(townships(filter));
            case FIELD_DAYS -> tally(filter).fieldDays();
            case FIELD_DAYS_PER_MONTH -> tally(filter).fewestFieldDaysPerMonth(YearMonth.from(filter.from()), lastJudgedMonth(filter, asOf));
            case MEETINGS -> meetings.list(filter).size();
            case KEY_CHALLENGES_SOLVED -> summaries.keyChallenges(filter).solved();
            case TALKS -> summaries.talks(filter).done();
            case TRAINING_COVERAGE -> {
                Integer percent = training.coverage(filter).percent();
                yield percent == null ? 0 : percent;
            }
            case PROXY_SERVICES -> summaries.proxyServices(filter);
        });
    }

    /** The last month that is over (or the period's last month once the period has ended). */
    public static YearMonth lastJudgedMonth(ActivityFilter filter, LocalDate asOf) {
        YearMonth periodEnd = YearMonth.from(filter.to());
        YearMonth lastComplete = YearMonth.from(asOf).minusMonths(1);
        if (!asOf.isBefore(filter.to())) {
            return periodEnd;
        }
        return lastComplete.isBefore(periodEnd) ? lastComplete : periodEnd;
    }

    private VisitTally tally(ActivityFilter filter) {
        return new VisitTally(visits.list(filter), filter.rootPath());
    }

    private List<Place> townships(ActivityFilter filter) {
        return filter.scope().bind(jdbc.sql("SELECT o.id, o.code, o.name, o.level, o.path FROM organization o"
                        + " WHERE o.level = :level AND o.active AND o.path LIKE :rootPath || '%' AND " + Scope.sql("o")))
                .param("level", Level.TOWNSHIP.name()).param("rootPath", filter.rootPath())
                .query(Places.MAPPER).list();
    }
}
