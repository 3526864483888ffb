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
@Tag(name = "Exchange", description = "Enterprises, funding, village cadres, first secretaries, honorary posts and service centres as .xlsx/.csv: all-or-nothing import with per-row errors (422), idempotent re-import, export, template")
class RecordExchangeApiController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final RecordExchange exchange;
    private final CadreExchange cadres;
    private final FirstSecretaryExchange secretaries;
    private final HonoraryPostExchange honoraryPosts;
    private final ServiceCenterExchange centers;

    RecordExchangeApiController(RecordExchange exchange, CadreExchange cadres, FirstSecretaryExchange secretaries,
                                HonoraryPostExchange honoraryPosts, ServiceCenterExchange centers) {
        this.exchange = exchange;
        this.cadres = cadres;
        this.secretaries = secretaries;
        this.honoraryPosts = honoraryPosts;
        this.centers = centers;
    }

    @PostMapping(path = "/api/service-centers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import service centres (header orgCode,floorArea,officeArea[,openingHours,builtOn] or the Chinese headers; m², one decimal); one per organization")
    ResponseEntity<ImportResult> importServiceCenters(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        return run(file, path -> centers.importServiceCenters(caller, path, file.getOriginalFilename()));
    }

    @GetMapping("/api/service-centers/export")
    @Operation(summary = "Service centres of a subtree, in the import format (format=xlsx or csv)")
    void exportServiceCenters(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                              @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        centers.export(caller, organizationId, csv, MemberApiController.download(response, csv ? "党群服务中心.csv" : "党群服务中心.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @GetMapping("/api/service-centers/template")
    void serviceCenterTemplate(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        ServiceCenterExchange.template(csv, MemberApiController.download(response, csv ? "党群服务中心导入模板.csv" : "党群服务中心导入模板.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @PostMapping(path = "/api/first-secretaries/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import first secretaries (header orgCode,name,dispatchedBy,servedFrom[,servedTo] or the Chinese headers); matched by organization, name and servedFrom")
    ResponseEntity<ImportResult> importFirstSecretaries(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        return run(file, path -> secretaries.importFirstSecretaries(caller, path, file.getOriginalFilename()));
    }

    @GetMapping("/api/first-secretaries/export")
    @Operation(summary = "First secretaries of a subtree, in the import format (format=xlsx or csv)")
    void exportFirstSecretaries(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                                @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        secretaries.export(caller, organizationId, csv, MemberApiController.download(response, csv ? "驻村第一书记.csv" : "驻村第一书记.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @GetMapping("/api/first-secretaries/template")
    void firstSecretaryTemplate(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        FirstSecretaryExchange.template(csv, MemberApiController.download(response, csv ? "驻村第一书记导入模板.csv" : "驻村第一书记导入模板.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @PostMapping(path = "/api/honorary-posts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import honorary posts (header orgCode,name,title,servedFrom[,affiliation,servedTo] or the Chinese headers; title 名誉书记/名誉主任 or HONORARY_SECRETARY/HONORARY_DIRECTOR); matched by organization, name, title and servedFrom")
    ResponseEntity<ImportResult> importHonoraryPosts(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        return run(file, path -> honoraryPosts.importHonoraryPosts(caller, path, file.getOriginalFilename()));
    }

    @GetMapping("/api/honorary-posts/export")
    @Operation(summary = "Honorary posts of a subtree, in the import format (format=xlsx or csv)")
    void exportHonoraryPosts(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                             @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        honoraryPosts.export(caller, organizationId, csv, MemberApiController.download(response, csv ? "名誉书记（主任）.csv" : "名誉书记（主任）.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @GetMapping("/api/honorary-posts/template")
    void honoraryPostTemplate(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        HonoraryPostExchange.template(csv, MemberApiController.download(response, csv ? "名誉书记（主任）导入模板.csv" : "名誉书记（主任）导入模板.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @PostMapping(path = {"/api/cadres/import", "/api/village-cadres/import"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import village cadres (header orgCode,name,gender,post,rank,servedFrom[,birthDate,holdsBothPosts,annualPay,servedTo] or the Chinese headers; pay in 元); matched by organization, name, post and servedFrom")
    ResponseEntity<ImportResult> importCadres(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        return run(file, path -> cadres.importCadres(caller, path, file.getOriginalFilename()));
    }

    @GetMapping({"/api/cadres/export", "/api/village-cadres/export"})
    @Operation(summary = "Village cadres in office in a subtree, in the import format (format=xlsx or csv)")
    void exportCadres(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId,
                      @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        cadres.exportCadres(caller, organizationId, csv, MemberApiController.download(response, csv ? "两委干部.csv" : "两委干部.xlsx", csv ? CSV : MemberApiController.XLSX));
    }

    @GetMapping({"/api/cadres/template", "/api/village-cadres/template"})
    @Operation(summary = "An empty village-cadre file with the expected header (format=xlsx or csv)")
    void cadreTemplate(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        CadreExchange.template(csv, MemberApiController.download(response, csv ? "两委干部导入模板.csv" : "两委干部导入模板.xlsx", csv ? CSV : MemberApiController.XLSX));
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
