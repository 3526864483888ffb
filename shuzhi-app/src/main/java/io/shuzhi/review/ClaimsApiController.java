package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.campaign.DutyReportService;
import io.shuzhi.workrecord.ClaimChecker;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The report's figures that disagree with the leader's work records; {@code /analysis} stays the library's JSON. */
@RestController
@Tag(name = "Review")
class ClaimsApiController {

    private final DutyReportService reports;
    private final ReportClaims claims;

    ClaimsApiController(DutyReportService reports, ReportClaims claims) {
        this.reports = reports;
        this.claims = claims;
    }

    @GetMapping("/api/reports/{id}/claims")
    @Operation(summary = "CLAIM_MISMATCH findings of the current version: {rule, text, claimed, recorded, counter, start, end}; offsets into the analysed text")
    List<ClaimChecker.Finding> claims(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return claims.of(reports.get(caller, id)).findings();
    }
}
