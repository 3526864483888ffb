package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.review.CompilationRepository.FoundReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Review", description = "Analysed reports and compilation uploads")
class ReviewApiController {

    private final CompilationService compilations;
    private final CompilationImport imports;
    private final ReportAnalysisService analyses;
    private final FindingFixer fixer;

    ReviewApiController(CompilationService compilations, CompilationImport imports, ReportAnalysisService analyses,
                        FindingFixer fixer) {
        this.compilations = compilations;
        this.imports = imports;
        this.analyses = analyses;
        this.fixer = fixer;
    }

    record FixedResponse(long id, int version) {
    }

    @PostMapping("/api/reports/{id}/findings/{index}/apply")
    @Operation(summary = "Accept a finding's suggested fix: applied to the draft and saved as a new version; 409 unless the report is editable")
    FixedResponse applyFix(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable int index) {
        var saved = fixer.apply(caller, id, index);
        return new FixedResponse(saved.id(), saved.version());
    }

    record FoundResponse(int index, String title, String reporterName, Long organizationId, BigDecimal confidence, boolean doubtful) {
        static FoundResponse of(FoundReport f) {
            return new FoundResponse(f.index(), f.title(), f.reporterName(), f.organizationId(), f.confidence(),
                    new OrganizationNameMatcher.Match(f.organizationId(), f.confidence()).doubtful());
        }
    }

    record UploadResponse(long id, List<FoundResponse> reports) {
    }

    record MatchRequest(int index, Long organizationId) {
    }

    record ConfirmRequest(List<MatchRequest> matches) {
    }

    record ConfirmResponse(long id, List<CompilationImport.Imported> reports) {
    }

    @PostMapping(value = "/api/campaigns/{id}/compilations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a published compilation (.txt/.docx/.html): split into reports, matched to reporter organizations; nothing is stored into reports until confirmed. 201 with the reports; for a large file 202 with status PROCESSING and a Location to poll")
    ResponseEntity<?> upload(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                             @RequestParam("file") MultipartFile file) throws IOException {
        CompilationService.Upload upload = compilations.upload(caller, id, file.getOriginalFilename(), file.getBytes());
        URI location = URI.create("/api/campaigns/" + id + "/compilations/" + upload.id());
        if (upload.processing()) {
            return ResponseEntity.accepted().location(location).body(new AcceptedResponse(upload.id(), "PROCESSING", 0));
        }
        return ResponseEntity.created(location)
                .body(new UploadResponse(upload.id(), upload.reports().stream().map(FoundResponse::of).toList()));
    }

    /** A large upload: analysed in the background; follow {@code Location} for its progress. */
    record AcceptedResponse(long id, String status, int progress) {
    }

    record StatusResponse(long id, String status, int progress, List<FoundResponse> reports, String error) {
    }

    @GetMapping("/api/campaigns/{id}/compilations/{cid}")
    @Operation(summary = "Where an upload's analysis stands: PROCESSING (progress 0-100), READY with the reports found, or FAILED with the reason")
    StatusResponse status(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long cid) {
        CompilationService.Status s = compilations.status(caller, id, cid);
        return new StatusResponse(s.id(), s.status(), s.progress(), s.reports().stream().map(FoundResponse::of).toList(), s.error());
    }

    @PostMapping("/api/campaigns/{id}/compilations/{cid}/confirm")
    @Operation(summary = "Store the matched reports into the campaign's duty reports (accepted archives; incomplete ones as drafts), analysed and indexed")
    ConfirmResponse confirm(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long cid,
                            @RequestBody(required = false) ConfirmRequest request) {
        Map<Integer, Long> overrides = new HashMap<>();
        if (request != null && request.matches() != null) {
            request.matches().forEach(m -> overrides.put(m.index(), m.organizationId()));
        }
        return new ConfirmResponse(cid, imports.confirm(caller, id, cid, overrides));
    }

    @GetMapping(value = "/api/reports/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The analysis of the report's current version: the per-report object of the analysis JSON contract")
    ResponseEntity<String> analysis(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        // served verbatim: the contract's field order and number format are the analyser's, not a mapper's
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(analyses.current(caller, id).json());
    }
}
