package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Organizations")
class OrganizationTransferApiController {

    private final OrganizationImport importer;
    private final OrganizationExport exporter;

    OrganizationTransferApiController(OrganizationImport importer, OrganizationExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import organizations from .xlsx or .csv (all or nothing)",
            description = "Columns code,parentCode,name,kind,level,sector[,secretaryName] or 组织编码,上级组织编码,组织名称,组织类别,层级,领域[,书记姓名]. "
                    + "422 with errors [{row, column, message}] when any row is bad; then nothing is stored. 415 when the file is neither CSV nor .xlsx.")
    ImportResponse importFile(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) throws IOException {
        return new ImportResponse(importer.importFile(caller, file.getOriginalFilename(), file.getBytes()), List.of());
    }

    @GetMapping("/export")
    @Operation(summary = "Export the caller's organizations (or one subtree) in the import format")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) Long rootId) {
        return download(exporter, caller, rootId, OrganizationExport.Format.of(format));
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("imported", 0);
        problem.setProperty("errors", e.errors());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Shared with the page controller: the file as an attachment with a Chinese file name that survives every browser. */
    static ResponseEntity<byte[]> download(OrganizationExport exporter, Caller caller, Long rootId, OrganizationExport.Format format) {
        byte[] body = exporter.export(caller, rootId, format);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("组织架构." + format.extension, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.parseMediaType(format.contentType))
                .body(body);
    }

    /**
     * @param imported how many organizations were created
     * @param errors   always empty on success; failures are answered as a 422 problem carrying the same field
     */
    record ImportResponse(int imported, List<ImportError> errors) {
    }
}
