package io.shuzhi.bulletin;

import io.shuzhi.account.Caller;
import io.shuzhi.evaluation.AccountabilityAction;
import io.shuzhi.evaluation.Evaluation;
import io.shuzhi.evaluation.Grade;
import io.shuzhi.evaluation.GroupResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Results", description = "Combined evaluation: ballot score, routine score, total, grade, rank, consequences")
class ResultsApiController {

    static final org.springframework.http.MediaType XLSX =
            org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResultsService results;
    private final ResultsExports exports;
    private final io.shuzhi.campaign.CampaignService campaigns;

    ResultsApiController(ResultsService results, ResultsExports exports, io.shuzhi.campaign.CampaignService campaigns) {
        this.results = results;
        this.exports = exports;
        this.campaigns = campaigns;
    }

    @GetMapping("/api/campaigns/{id}/results.xlsx")
    @Operation(summary = "Results as an Excel workbook (409 before release)")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return BulletinApiController.file(exports.xlsx(results.results(caller, id), campaigns.get(caller, id).title()), XLSX, "results-" + id + ".xlsx");
    }

    @GetMapping("/api/campaigns/{id}/results.pdf")
    @Operation(summary = "Results as a PDF summary (409 before release)")
    org.springframework.http.ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return BulletinApiController.file(exports.pdf(results.results(caller, id), campaigns.get(caller, id).title()),
                org.springframework.http.MediaType.APPLICATION_PDF, "results-" + id + ".pdf");
    }

    @GetMapping("/api/campaigns/{id}/results")
    @Operation(summary = "Results per reporter, best first (409 before release). Scores have 4 decimals; grade and rank are "
            + "decided on the rounded total; equal totals share a rank")
    List<ResultRow> results(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        CampaignResults r = results.results(caller, id);
        return r.rows().stream().map(row -> ResultRow.of(row, r)).toList();
    }

    @GetMapping("/api/campaigns/{id}/results/statistics")
    @Operation(summary = "Turnout and the signs of inflated voting: ballots that rated everyone 好, per group")
    Statistics statistics(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        CampaignResults r = results.results(caller, id);
        return new Statistics(r.sessionId(), r.mode().name(), r.schemeVersion(), r.seats(), r.turnout(), r.seatsByGroup(),
                r.turnoutByGroup(), r.allGoodBallotsByGroup(), r.comments());
    }

    @GetMapping("/api/ballot-sessions/{id}/preview")
    @Operation(summary = "Preview, before release, exactly what releasing the session would publish: per reporter the "
            + "counts per grade per evaluator group, scores, grade, rank and consequences, with the turnout. Changes nothing "
            + "(the session stays unreleased). Host's organization department only (404 outside the caller's scope, 403 "
            + "read-only); 409 for a FORMAL session still open (a TEST session may be previewed while open)")
    Preview preview(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        ResultsService.ResultsPreview p = results.preview(caller, id);
        CampaignResults r = p.results();
        return new Preview(r.sessionId(), r.campaignId(), r.mode().name(), p.session().status().name(), p.released(),
                p.shownOnRelease(), r.schemeVersion(), r.seats(), r.turnout(), r.seatsByGroup(), r.turnoutByGroup(),
                r.allGoodBallotsByGroup(), r.comments(), r.rows().stream().map(row -> ResultRow.of(row, r)).toList());
    }

    /**
     * A preview: {@code results} has the rows {@code GET /api/campaigns/{id}/results} returns after release, the
     * other fields what {@code /results/statistics} returns.
     */
    record Preview(long sessionId, long campaignId, String mode, String status, boolean released, boolean shownOnRelease,
                   int schemeVersion, int seats, int turnout, Map<String, Integer> seatsByGroup,
                   Map<String, Integer> turnoutByGroup, Map<String, Integer> allGoodBallotsByGroup, List<String> comments,
                   List<ResultRow> results) {
    }

    record ResultRow(long reportId, long organizationId, String organizationName, String secretaryName, Map<Grade, Integer> gradeCounts,
                     BigDecimal ballotScore, BigDecimal routineScore, BigDecimal totalScore, Grade grade, int rank,
                     List<AccountabilityAction> consequences, int schemeVersion, long sessionId, List<GroupResult> groups) {
        static ResultRow of(CampaignResults.Row row, CampaignResults r) {
            Evaluation e = row.evaluation();
            return new ResultRow(e.reportId(), e.organizationId(), row.reporter().organizationName(),
                    row.reporter().secretaryName(), e.gradeCounts(),
                    e.ballotScore(), e.routineScore(), e.totalScore(), e.grade(), e.rank(), e.consequences(),
                    r.schemeVersion(), r.sessionId(), e.groups());
        }
    }

    record Statistics(long sessionId, String mode, int schemeVersion, int seats, int turnout, Map<String, Integer> seatsByGroup,
                      Map<String, Integer> turnoutByGroup, Map<String, Integer> allGoodBallotsByGroup, List<String> comments) {
    }
}
