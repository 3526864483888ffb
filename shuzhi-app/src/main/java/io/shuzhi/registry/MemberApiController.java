package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Organization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

@RestController
@RequestMapping("/api/members")
@Tag(name = "Members", description = "Party members. ID numbers and phones are encrypted at rest and masked in every list and export; "
        + "full values only through the audited reveal action (ADMIN or ORGANIZATION_DEPARTMENT over the member's organization).")
class MemberApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MemberService members;
    private final MemberImporter importer;
    private final MemberExporter exporter;

    MemberApiController(MemberService members, MemberImporter importer, MemberExporter exporter) {
        this.members = members;
        this.importer = importer;
        this.exporter = exporter;
    }

    @GetMapping
    @Operation(summary = "Current members of an organization and its whole subtree (masked personal data), paged")
    MemberService.Page<MemberView> list(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                                        @RequestParam(required = false) String name,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return members.list(caller, organizationId, name, Math.max(0, page), Math.min(Math.max(1, size), 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member (masked personal data); 404 outside the caller's scope")
    MemberView get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return members.get(caller, id);
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "The full ID number and phone of one member; audited. 403 unless ADMIN or ORGANIZATION_DEPARTMENT over the member's organization")
    MemberService.Revealed reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return members.reveal(caller, id);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import members from .xlsx or UTF-8 .csv",
            description = "Header: orgCode,name,gender,birthDate,education,joinDate,status,mobile,phone,idNumber (or 组织编码,姓名,性别,出生日期,学历,"
                    + "入党日期,党员状态,流动党员,联系电话,身份证号; optional ethnicity/民族). gender 男/女, dates yyyy-MM-dd, status 正式党员/预备党员, "
                    + "mobile 是/否. All or nothing: any bad row → 422 and nothing stored. Members are matched by a keyed hash of the ID "
                    + "number, so importing the same file again changes nothing (imported 0, updated 0). Upload limit: SHUZHI_MAX_UPLOAD (default 20MB).")
    @ApiResponse(responseCode = "200", description = "imported: new members; updated: members whose data changed")
    @ApiResponse(responseCode = "422", description = "errors: [{row, column, message}] — row as in the spreadsheet (header = 1); messages never repeat ID numbers or phones")
    ResponseEntity<ImportResult> importFile(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        Path temp = Uploads.toTempFile(file);
        try {
            ImportResult result = importer.importFile(caller, temp, file.getOriginalFilename());
            return ResponseEntity.status(result.failed() ? 422 : 200).contentType(MediaType.APPLICATION_JSON).body(result);
        } catch (SheetReader.UnreadableFile e) {
            throw Uploads.unreadable(e);
        } finally {
            Uploads.delete(temp);
        }
    }

    @GetMapping("/export")
    @Operation(summary = "Current members of a subtree as .xlsx in the import format; ID numbers and phones masked unless reveal=true (authorized roles only, audited)")
    void export(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                @Parameter(description = "full ID numbers and phones; ADMIN or ORGANIZATION_DEPARTMENT over the organization")
                @RequestParam(defaultValue = "false") boolean reveal, HttpServletResponse response) throws IOException {
        Organization root = exporter.authorize(caller, organizationId, reveal);
        exporter.export(caller, root, reveal, download(response, root.code() + "-党员.xlsx", XLSX));
    }

    @GetMapping("/template")
    @Operation(summary = "An empty member file with the expected header (format=xlsx with instructions, or csv)")
    void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        exporter.template(download(response, csv ? "党员导入模板.csv" : "党员导入模板.xlsx",
                csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX), csv);
    }

    /**
     * Starts a file download and returns the stream to write it to. Written synchronously on the request thread
     * (not a StreamingResponseBody) so that security and the open transaction stay on one thread.
     */
    static java.io.OutputStream download(HttpServletResponse response, String fileName, MediaType type) throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }
}
