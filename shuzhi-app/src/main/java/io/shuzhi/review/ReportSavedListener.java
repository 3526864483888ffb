package io.shuzhi.review;

import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.campaign.ReportSaved;
import io.shuzhi.shared.tx.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Analyses and indexes each saved version once its transaction has committed, on a worker thread of this feature,
 * so saving in the editor never waits for the analyser. A lost run is harmless: the analysis is made on first
 * read, and the index can be rebuilt.
 */
@Component
class ReportSavedListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReportSavedListener.class);

    private final ReportAnalysisService analyses;
    private final DutyReportService reports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "review-analysis");
        t.setDaemon(true);
        return t;
    });

    ReportSavedListener(ReportAnalysisService analyses, DutyReportService reports) {
        this.analyses = analyses;
        this.reports = reports;
    }

    @EventListener
    void onSaved(ReportSaved event) {
        // AfterCommit rather than @TransactionalEventListener: no second pooled connection on the request thread
        AfterCommit.run("queueing the analysis of report " + event.reportId(), () -> worker.submit(() -> {
            try {
                reports.find(event.reportId()).filter(r -> r.version() == event.version()).ifPresent(analyses::analyseSaved);
            } catch (RuntimeException e) {
                log.warn("analysis of report {} version {} failed", event.reportId(), event.version(), e);
            }
        }));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
