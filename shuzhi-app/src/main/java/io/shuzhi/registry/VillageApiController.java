package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Village records", description = "Village/community cadres, first secretaries, honorary posts, service centres, yearly funding, recruitment. "
        + "Lists cover an organization's whole subtree; changes need ADMIN or ORGANIZATION_DEPARTMENT over the organization and are audited. Money in fen.")
class VillageApiController {

    private final VillageCadreService cadres;
    private final VillageLeadershipService leadership;
    private final ServiceCenterService centers;
    private final FundingService funding;
    private final RecruitmentService recruitment;

    VillageApiController(VillageCadreService cadres, VillageLeadershipService leadership, ServiceCenterService centers,
                         FundingService funding, RecruitmentService recruitment) {
        this.cadres = cadres;
        this.leadership = leadership;
        this.centers = centers;
        this.funding = funding;
        this.recruitment = recruitment;
    }

    @GetMapping("/api/village-cadres")
    @Operation(summary = "Cadres in office (term not ended) in the subtree")
    List<VillageCadre> cadres(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId) {
        return cadres.list(caller, organizationId);
    }

    @PostMapping("/api/village-cadres")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoint a cadre (holdsBothPosts only for a PARTY_SECRETARY; secretary and director are PRINCIPAL)")
    VillageCadre appoint(@AuthenticationPrincipal Caller caller, @Valid @RequestBody VillageCadre request) {
        return cadres.appoint(caller, request);
    }

    @PutMapping("/api/village-cadres/{id}")
    @Operation(summary = "Correct a cadre's record or end the term (servedTo)")
    VillageCadre updateCadre(@AuthenticationPrincipal Caller caller, @PathVariable long id, @Valid @RequestBody VillageCadre request) {
        return cadres.update(caller, id, request);
    }

    @GetMapping("/api/first-secretaries")
    @Operation(summary = "First secretaries in the subtree, all terms (servedTo set once a term has ended)")
    List<FirstSecretary> firstSecretaries(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId) {
        return leadership.firstSecretaries(caller, organizationId);
    }

    @PostMapping("/api/first-secretaries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Dispatch a first secretary to a village or community (servedTo, if given, not before servedFrom)")
    FirstSecretary dispatch(@AuthenticationPrincipal Caller caller, @Valid @RequestBody FirstSecretary request) {
        return leadership.dispatch(caller, request);
    }

    @GetMapping("/api/honorary-posts")
    @Operation(summary = "Honorary secretaries and directors in the subtree, all terms (servedTo set once a term has ended)")
    List<HonoraryPost> honoraryPosts(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId) {
        return leadership.honoraryPosts(caller, organizationId);
    }

    @PostMapping("/api/honorary-posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Confer an honorary post (HONORARY_SECRETARY or HONORARY_DIRECTOR) on an outside supporter (servedTo, if given, not before servedFrom)")
    HonoraryPost confer(@AuthenticationPrincipal Caller caller, @Valid @RequestBody HonoraryPost request) {
        return leadership.confer(caller, request);
    }

    @GetMapping("/api/service-centers")
    List<ServiceCenter> centers(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId) {
        return centers.list(caller, organizationId);
    }

    @PutMapping("/api/service-centers")
    @Operation(summary = "Record or correct the service centre of a village or community (one per organization)")
    ServiceCenter recordCenter(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ServiceCenter request) {
        return centers.record(caller, request);
    }

    @GetMapping("/api/funding")
    List<Funding> funding(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year) {
        return funding.list(caller, organizationId, year);
    }

    @PutMapping("/api/funding")
    @Operation(summary = "Record a village's or community's funding for a year (fen), replacing that year's record")
    Funding recordFunding(@AuthenticationPrincipal Caller caller, @Valid @RequestBody Funding request) {
        return funding.record(caller, request);
    }

    @GetMapping("/api/recruitment")
    @Operation(summary = "People in the recruitment pipeline, each with the interval rules it breaks as of today")
    List<RecruitmentService.Flagged> recruitment(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId) {
        return recruitment.list(caller, organizationId);
    }

    @PostMapping("/api/recruitment")
    @ResponseStatus(HttpStatus.CREATED)
    RecruitmentService.Flagged recordRecruitment(@AuthenticationPrincipal Caller caller, @Valid @RequestBody RecruitmentRequest request) {
        return recruitment.record(caller, request);
    }
}
