package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

@RestController
@Tag(name = "Exchange", description = "Enterprises and funding as .xlsx/.csv: all-or-nothing import with per-row errors (422), idempotent re-import, export, template")
class RecordExchangeApiController {

    private final RecordExchange exchange;

    RecordExchangeApiController(RecordExchange exchange) {
        this.exchange = exchange;
    }

    @PostMapping(path = "/api/enterprises/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import enterprises (header orgCode,creditCode,name,sector,partyOrganization,formedOn,memberCount[,employees,registeredOn,closedOn] or the Chinese headers); matched by credit code")
    ResponseEntity<ImportResult> importEnterprises(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        return run(file, path -> exchange.importEnterprises(caller, path, file.getOriginalFilename()));
    }

    @PostMapping(path = "/api/funding/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import yearly funding (header orgCode,year,transferPayment,operatingFunds,collectiveIncome; amounts in 元); matched by organization and year")
    ResponseEntity<ImportResult> importFunding(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        return run(file, path -> exchange.importFunding(caller, path, file.getOriginalFilename()));
    }

    @GetMapping("/api/enterprises/export")
    void exportEnterprises(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, HttpServletResponse response) throws IOException {
        exchange.exportEnterprises(caller, organizationId, MemberApiController.download(response, "两新组织.xlsx", MemberApiController.XLSX));
    }

    @GetMapping("/api/funding/export")
    void exportFunding(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam int year,
                       HttpServletResponse response) throws IOException {
        exchange.exportFunding(caller, organizationId, year, MemberApiController.download(response, year + "年村级经费.xlsx", MemberApiController.XLSX));
    }

    @GetMapping("/api/enterprises/template")
    void enterpriseTemplate(HttpServletResponse response) throws IOException {
        RecordExchange.template(EnterpriseFile.COLUMNS, MemberApiController.download(response, "两新组织导入模板.xlsx", MemberApiController.XLSX));
    }

    @GetMapping("/api/funding/template")
    void fundingTemplate(HttpServletResponse response) throws IOException {
        RecordExchange.template(FundingFile.COLUMNS, MemberApiController.download(response, "村级经费导入模板.xlsx", MemberApiController.XLSX));
    }

    private static ResponseEntity<ImportResult> run(MultipartFile file, Function<Path, ImportResult> importer) {
        Path temp = Uploads.toTempFile(file);
        try {
            ImportResult result = importer.apply(temp);
            return ResponseEntity.status(result.failed() ? 422 : 200).contentType(MediaType.APPLICATION_JSON).body(result);
        } catch (SheetReader.UnreadableFile e) {
            throw Uploads.unreadable(e);
        } finally {
            Uploads.delete(temp);
        }
    }
}
