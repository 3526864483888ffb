package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.CritiquePoint;
import io.shuzhi.campaign.CritiqueRecorded;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.campaign.ReportItem;
import io.shuzhi.campaign.Section;
import io.shuzhi.rectification.Problem;
import io.shuzhi.rectification.ProblemQueries;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.rectification.ProblemSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Problems raised from a duty report: the critique's points flagged {@code rectify} (on every recording of the
 * critique, in its transaction), and on request the items of the report's PROBLEMS section. Raising again never
 * duplicates: a point whose text is already a problem of the same source is skipped.
 */
@Service
class CritiqueProblems {

    private final ProblemService problems;
    private final ProblemQueries queries;
    private final DutyReportService reports;

    CritiqueProblems(ProblemService problems, ProblemQueries queries, DutyReportService reports) {
        this.problems = problems;
        this.queries = queries;
        this.reports = reports;
    }

    @EventListener
    void on(CritiqueRecorded critique) {
        List<String> flagged = critique.points().stream().filter(CritiquePoint::rectify).map(CritiquePoint::text).toList();
        String ref = "critique:" + critique.reportId();
        problems.raiseFrom(ProblemSource.CRITIQUE, ref, critique.organizationId(), notYetRaised(ProblemSource.CRITIQUE, ref, flagged));
    }

    /** The report's PROBLEMS items become problems of its organization; answers the ones created now. */
    @Transactional
    List<Problem> raiseFromReport(Caller caller, long reportId) {
        DutyReport report = reports.get(caller, reportId);
        List<String> items = report.content().items(Section.PROBLEMS).stream()
                .map(CritiqueProblems::description).toList();
        String ref = "report:" + reportId;
        return problems.raiseFrom(caller, ProblemSource.REPORT, ref, report.organizationId(),
                List.of(notYetRaised(ProblemSource.REPORT, ref, items)));
    }

    private String[] notYetRaised(ProblemSource source, String ref, List<String> descriptions) {
        Set<String> raised = new LinkedHashSet<>();
        queries.raisedFrom(source, ref).forEach(p -> raised.add(p.description()));
        return descriptions.stream().filter(d -> d != null && !d.isBlank()).map(String::strip)
                .filter(raised::add).toArray(String[]::new);
    }

    private static String description(ReportItem item) {
        return (item.heading() + item.text()).strip();
    }
}
