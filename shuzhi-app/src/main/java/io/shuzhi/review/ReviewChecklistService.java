package io.shuzhi.review;

import io.shuzhi.campaign.CampaignService;
import io.shuzhi.campaign.DutyReport;
import io.shuzhi.review.ReviewChecklist.Check;
import io.shuzhi.review.ReviewChecklist.Status;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Fills in a report's review checklist from its analysis and its overlap with the batch and with last year. */
@Service
class ReviewChecklistService {

    /** Above this share of copied sentences a report is flagged; a quarter is a rewrite in name only. */
    static final double OVERLAP_WARN = 0.10;
    static final double OVERLAP_BAD = 0.25;

    private final ReviewQueries queries;
    private final ReportAnalysisRepository analyses;
    private final CampaignService campaigns;

    ReviewChecklistService(ReviewQueries queries, ReportAnalysisRepository analyses, CampaignService campaigns) {
        this.queries = queries;
        this.analyses = analyses;
        this.campaigns = campaigns;
    }

    ReviewChecklist checklist(DutyReport report, AnalysisView view) {
        String text = analyses.find(report.id(), report.version()).map(ReportAnalysisRepository.Row::text).orElse("");
        int year = campaigns.find(report.campaignId()).year();
        double batch = SentenceOverlap.share(text, queries.otherTexts(report.campaignId(), report.id()));
        Double lastYear = queries.reportOf(report.organizationId(), year - 1).flatMap(analyses::latest)
                .map(r -> SentenceOverlap.share(text, List.of(r.text()))).orElse(null);
        return of(view, batch, lastYear);
    }

    static ReviewChecklist of(AnalysisView a, double batchOverlap, Double lastYearOverlap) {
        List<Check> checks = new ArrayList<>();
        List<String> kinds = a.sections().stream().map(AnalysisView.Part::kind).toList();
        List<String> missing = new ArrayList<>();
        for (String k : List.of("HIGHLIGHTS", "PROBLEMS", "MEASURES")) {
            if (!kinds.contains(k)) {
                missing.add(k);
            }
        }
        checks.add(new Check("parts", missing.isEmpty() ? Status.OK : Status.BAD, List.of(missing.size())));
        long vague = count(a, Set.of("VAGUE_PROBLEM"));
        checks.add(new Check("facts", !kinds.contains("PROBLEMS") ? Status.BAD : vague == 0 ? Status.OK : Status.WARN, List.of(vague)));
        checks.add(new Check("causes", kinds.contains("CAUSES") ? Status.OK : Status.WARN, List.of()));
        long total = a.commitments().size();
        long quantified = a.commitments().stream().filter(AnalysisView.Commitment::quantified).count();
        long dated = a.commitments().stream().filter(c -> c.deadline() != null).count();
        Status measures = total == 0 ? Status.BAD : quantified == total && dated == total ? Status.OK : Status.WARN;
        checks.add(new Check("measures", measures, List.of(total, quantified, dated)));
        long slips = count(a, Set.of("REPEATED_PASSAGE", "TYPO", "GRAMMAR", "MIXED_QUOTES"));
        checks.add(new Check("proofreading", slips == 0 ? Status.OK : Status.WARN, List.of(slips)));
        long boilerplate = count(a, Set.of("BOILERPLATE"));
        double batch = Math.max(batchOverlap, 0);
        checks.add(new Check("batch", overlap(batch) == Status.OK && boilerplate > 0 ? Status.WARN : overlap(batch),
                List.of(percent(batch), boilerplate)));
        checks.add(lastYearOverlap == null ? new Check("lastyear", Status.WARN, List.of("-"))
                : new Check("lastyear", overlap(lastYearOverlap), List.of(percent(lastYearOverlap))));
        return new ReviewChecklist(checks);
    }

    private static Status overlap(double share) {
        return share >= OVERLAP_BAD ? Status.BAD : share >= OVERLAP_WARN ? Status.WARN : Status.OK;
    }

    private static long count(AnalysisView a, Set<String> rules) {
        return a.findings().stream().filter(f -> rules.contains(f.rule())).count();
    }

    private static String percent(double share) {
        return String.format("%.0f%%", share * 100);
    }
}
