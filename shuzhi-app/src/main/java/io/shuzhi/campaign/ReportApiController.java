package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Duty reports", description = "Write, upload, submit, return, accept, critique; versions and diffs")
class ReportApiController {

    private final DutyReportService reports;
    private final ReportFileReader reader;
    private final ReportSplitter splitter;

    ReportApiController(DutyReportService reports, ReportFileReader reader, ReportSplitter splitter) {
        this.reports = reports;
        this.reader = reader;
        this.splitter = splitter;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report with its sections and status")
    ReportResponse get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return ReportResponse.of(reports.get(caller, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the sections (a new version); 409 unless DRAFT or RETURNED")
    ReportResponse save(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody @NotNull ContentRequest request) {
        return ReportResponse.of(reports.save(caller, id, new ReportContent(request.sections())));
    }

    @PostMapping("/{id}/upload")
    @Operation(summary = "Split an uploaded .docx or .txt into sections, for the reporter to confirm with PUT (nothing is saved)")
    Map<Section, List<ReportItem>> upload(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                          @RequestParam("file") MultipartFile file) throws IOException {
        List<String> paragraphs = reader.paragraphs(file.getOriginalFilename(), file.getBytes());
        return reports.splitUpload(caller, id, paragraphs, splitter).sections();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit (DRAFT/RETURNED → SUBMITTED); needs highlights, problems and measures")
    ReportResponse submit(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return ReportResponse.of(reports.submit(caller, id));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return to the reporter with a comment (SUBMITTED → RETURNED); host department only")
    ReportResponse returnReport(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody CommentRequest request) {
        return ReportResponse.of(reports.returnToReporter(caller, id, request == null ? null : request.comment()));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept (SUBMITTED → ACCEPTED); host department only")
    ReportResponse accept(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return ReportResponse.of(reports.accept(caller, id));
    }

    @PutMapping("/{id}/critique")
    @Operation(summary = "Record the host secretary's critique (点评); points marked rectify become tracked problems")
    List<CritiquePoint> critique(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody CritiqueRequest request) {
        return reports.recordCritique(caller, id, request.points() == null ? List.of() : request.points());
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Saved versions, newest first")
    List<DutyReportRepository.ReportVersion> versions(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        reports.get(caller, id);
        return reports.versions(id);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "Section-by-section differences between two versions")
    Map<Section, List<ReportDiff.Line>> diff(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                             @RequestParam int from, @RequestParam int to) {
        reports.get(caller, id);
        return ReportDiff.between(reports.version(id, from), reports.version(id, to));
    }

    record ContentRequest(Map<Section, List<ReportItem>> sections) {
    }

    record CommentRequest(String comment) {
    }

    record CritiqueRequest(List<CritiquePoint> points) {
    }

    record ReportResponse(long id, long campaignId, long organizationId, ReportStatus status, int version,
                          Map<Section, List<ReportItem>> sections, String returnComment) {
        static ReportResponse of(DutyReport r) {
            return new ReportResponse(r.id(), r.campaignId(), r.organizationId(), r.status(), r.version(),
                    r.content().sections(), r.returnComment());
        }
    }
}
