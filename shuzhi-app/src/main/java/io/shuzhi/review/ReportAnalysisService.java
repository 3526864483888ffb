package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.shared.NotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The analysis of each saved version of a duty report. A version is analysed once, when it is saved (see
 * {@link ReportSavedListener}) or, if that has not happened yet, when someone first asks for it.
 */
@Service
public class ReportAnalysisService {

    private final ReportAnalysisRepository analyses;
    private final DutyReportService reports;
    private final CampaignService campaigns;
    private final ReportAnalyser analyser;
    private final ReportIndexer indexer;
    private final Clock clock;

    ReportAnalysisService(ReportAnalysisRepository analyses, DutyReportService reports, CampaignService campaigns,
                          ReportAnalyser analyser, ReportIndexer indexer, Clock clock) {
        this.analyses = analyses;
        this.reports = reports;
        this.campaigns = campaigns;
        this.analyser = analyser;
        this.indexer = indexer;
        this.clock = clock;
    }

    /** The analysis of the report's current version; 404 when the caller cannot see it or nothing is written yet. */
    public ReportAnalysisRepository.Row current(Caller caller, long reportId) {
        return current(reports.get(caller, reportId));
    }

    ReportAnalysisRepository.Row current(DutyReport report) {
        if (!report.isStarted()) {
            throw new NotFoundException("ReportAnalysis", report.id());
        }
        return analyses.find(report.id(), report.version()).orElseGet(() -> {
            analyseSaved(report);
            return analyses.find(report.id(), report.version()).orElseThrow();
        });
    }

    /** Analyses a version written in the editor, from its sections, and indexes it. */
    void analyseSaved(DutyReport report) {
        if (analyses.find(report.id(), report.version()).isPresent()) {
            return;
        }
        int year = campaigns.find(report.campaignId()).year();
        String text = ReportTextRenderer.render(null, report.content()).text();
        AnalysedText analysed = analyser.analyse(text, year);
        analyses.insert(report.id(), report.version(), analysed, clock.instant());
        indexer.indexReport(report, analysed, year);
    }

    /** Stores analyses made from uploaded text (the report as published, title and byline included). */
    void storeUploaded(List<DutyReport> saved, List<AnalysedText> analysed) {
        for (int i = 0; i < saved.size(); i++) {
            analyses.insert(saved.get(i).id(), saved.get(i).version(), analysed.get(i), clock.instant());
        }
    }

    void indexUploaded(List<DutyReport> saved, List<AnalysedText> analysed, int year) {
        for (int i = 0; i < saved.size(); i++) {
            indexer.indexReport(saved.get(i), analysed.get(i), year);
        }
    }
}
