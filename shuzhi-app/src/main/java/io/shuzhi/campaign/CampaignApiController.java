package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.evaluation.EvaluationScheme;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns", description = "Annual rounds of 述职评议考核: reporters, scheme, routine scores")
class CampaignApiController {

    private final CampaignService campaigns;

    CampaignApiController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @Operation(summary = "Open a campaign; one DRAFT report is created per reporter. Missing scheme fields take the defaults "
            + "(100/80/60/0, ballot 0.4, routine 0.6, bands 90/80/60, bottom 1 → ADMONITION_TALK)")
    ResponseEntity<CampaignResponse> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CreateCampaignRequest request) {
        Campaign c = campaigns.create(caller, new NewCampaign(request.hostOrganizationId(), request.year(), request.title().strip(),
                request.reporterOrganizationIds(), request.reportDeadline(), request.meetingDate(), request.scheme()));
        return ResponseEntity.created(URI.create("/api/campaigns/" + c.id())).body(CampaignResponse.of(c, campaigns.scheme(c)));
    }

    @GetMapping
    @Operation(summary = "Campaigns the caller can see, newest first")
    List<Campaign> list(@AuthenticationPrincipal Caller caller) {
        return campaigns.list(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One campaign with its current scheme")
    CampaignResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        Campaign c = campaigns.get(caller, id);
        return CampaignResponse.of(c, campaigns.scheme(c));
    }

    @PutMapping("/{id}/scheme")
    @Operation(summary = "Store a new version of the evaluation scheme (earlier results keep their version)")
    CampaignResponse changeScheme(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody EvaluationScheme scheme) {
        Campaign c = campaigns.changeScheme(caller, id, scheme);
        return CampaignResponse.of(c, campaigns.scheme(c));
    }

    @GetMapping("/{id}/reports")
    @Operation(summary = "The reports of the campaign, in reporting order (a reporter sees only its own)")
    List<ReportSummary> reports(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return campaigns.reports(caller, id).stream()
                .map(r -> new ReportSummary(r.id(), r.organizationId(), r.status(), r.position(), r.version())).toList();
    }

    @PutMapping("/{id}/routine-scores")
    @Operation(summary = "Enter routine assessment (日常考核) scores, 0–100, per report")
    Map<Long, BigDecimal> routineScores(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                        @RequestBody @NotEmpty List<@Valid RoutineScoreRequest> scores) {
        Map<Long, BigDecimal> map = new LinkedHashMap<>();
        scores.forEach(s -> map.put(s.reportId(), s.score()));
        campaigns.enterRoutineScores(caller, id, map);
        return campaigns.routineScores(id);
    }

    record CreateCampaignRequest(@NotNull Long hostOrganizationId, @NotNull @Min(2000) @Max(2100) Integer year,
                                 @NotBlank @Size(max = 200) String title, @NotEmpty List<Long> reporterOrganizationIds,
                                 LocalDate reportDeadline, LocalDate meetingDate, EvaluationScheme scheme) {
    }

    record RoutineScoreRequest(@NotNull Long reportId, @NotNull BigDecimal score) {
    }

    record ReportSummary(long id, long organizationId, ReportStatus status, int position, int version) {
    }

    record CampaignResponse(long id, long hostOrganizationId, int year, String title, LocalDate reportDeadline,
                            LocalDate meetingDate, int schemeVersion, EvaluationScheme scheme, boolean published) {
        static CampaignResponse of(Campaign c, EvaluationScheme scheme) {
            return new CampaignResponse(c.id(), c.hostOrganizationId(), c.year(), c.title(), c.reportDeadline(),
                    c.meetingDate(), c.schemeVersion(), scheme, c.isPublished());
        }
    }
}
