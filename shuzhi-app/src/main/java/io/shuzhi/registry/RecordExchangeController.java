package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * The import/export buttons of the record pages (session, CSRF), on the same services as the JSON API:
 * import (POST → redirect → GET, the result or the row errors shown on the page), export and template downloads.
 */
@Controller
class RecordExchangeController {

    static final Set<String> EXCHANGEABLE = Set.of("enterprises", "funding", "cadres", "first-secretaries", "honorary-posts", "service-centers");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RecordExchange exchange;
    private final CadreExchange cadres;
    private final FirstSecretaryExchange secretaries;
    private final HonoraryPostExchange honoraryPosts;
    private final ServiceCenterExchange centers;
    private final java.time.Clock clock;

    RecordExchangeController(RecordExchange exchange, CadreExchange cadres, FirstSecretaryExchange secretaries,
                             HonoraryPostExchange honoraryPosts, ServiceCenterExchange centers, java.time.Clock clock) {
        this.clock = clock;
        this.exchange = exchange;
        this.cadres = cadres;
        this.secretaries = secretaries;
        this.honoraryPosts = honoraryPosts;
        this.centers = centers;
    }

    @PostMapping(path = "/registry/records/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importFile(@AuthenticationPrincipal Caller caller, @RequestParam String type, @RequestParam long organizationId,
                      @RequestParam(required = false) Integer year, @RequestPart("file") MultipartFile file, RedirectAttributes redirect) {
        String name = file.getOriginalFilename();
        Path temp = Uploads.toTempFile(file);
        try {
            ImportResult result = switch (type) {
                case "enterprises" -> exchange.importEnterprises(caller, temp, name);
                case "funding" -> exchange.importFunding(caller, temp, name);
                case "cadres" -> cadres.importCadres(caller, temp, name);
                case "first-secretaries" -> secretaries.importFirstSecretaries(caller, temp, name);
                case "honorary-posts" -> honoraryPosts.importHonoraryPosts(caller, temp, name);
                case "service-centers" -> centers.importServiceCenters(caller, temp, name);
                default -> throw new NotFoundException("Records", type);
            };
            redirect.addFlashAttribute("importResult", result);
        } catch (SheetReader.UnreadableFile e) {
            redirect.addFlashAttribute("importUnreadable", true);
        } finally {
            Uploads.delete(temp);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/registry/records").queryParam("type", type)
                .queryParam("organizationId", organizationId).queryParamIfPresent("year", java.util.Optional.ofNullable(year)).build().toUriString();
    }

    @GetMapping("/registry/records/export")
    void export(@AuthenticationPrincipal Caller caller, @RequestParam String type, @RequestParam long organizationId,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "xlsx") String format,
                HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format) && !type.equals("enterprises") && !type.equals("funding");
        String file = type + (csv ? ".csv" : ".xlsx");
        switch (type) {
            case "enterprises" -> exchange.exportEnterprises(caller, organizationId, MemberApiController.download(response, file, MemberApiController.XLSX));
            case "funding" -> exchange.exportFunding(caller, organizationId, year == null ? java.time.LocalDate.now(clock).getYear() : year,
                    MemberApiController.download(response, file, MemberApiController.XLSX));
            case "cadres" -> cadres.exportCadres(caller, organizationId, csv, MemberApiController.download(response, file, csv ? CSV : MemberApiController.XLSX));
            case "first-secretaries" -> secretaries.export(caller, organizationId, csv, MemberApiController.download(response, file, csv ? CSV : MemberApiController.XLSX));
            case "honorary-posts" -> honoraryPosts.export(caller, organizationId, csv, MemberApiController.download(response, file, csv ? CSV : MemberApiController.XLSX));
            case "service-centers" -> centers.export(caller, organizationId, csv, MemberApiController.download(response, file, csv ? CSV : MemberApiController.XLSX));
            default -> throw new NotFoundException("Records", type);
        }
    }

    @GetMapping("/registry/records/template")
    void template(@RequestParam String type, @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format) && !type.equals("enterprises") && !type.equals("funding");
        var out = MemberApiController.download(response, type + "-template" + (csv ? ".csv" : ".xlsx"), csv ? CSV : MemberApiController.XLSX);
        switch (type) {
            case "enterprises" -> RecordExchange.template(EnterpriseFile.COLUMNS, out);
            case "funding" -> RecordExchange.template(FundingFile.COLUMNS, out);
            case "cadres" -> CadreExchange.template(csv, out);
            case "first-secretaries" -> FirstSecretaryExchange.template(csv, out);
            case "honorary-posts" -> HonoraryPostExchange.template(csv, out);
            case "service-centers" -> ServiceCenterExchange.template(csv, out);
            default -> throw new NotFoundException("Records", type);
        }
    }
}
