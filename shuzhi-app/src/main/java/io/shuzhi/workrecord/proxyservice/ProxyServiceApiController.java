package io.shuzhi.workrecord.proxyservice;

import io.shuzhi.workrecord.summary.ActivitySubjects;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/proxy-services")
@Tag(name = "Proxy services", description = "代办服务 counted per village/community and month; spreadsheet import")
class ProxyServiceApiController {

    private final ProxyServiceLedger ledger;
    private final ActivitySubjects subjects;

    ProxyServiceApiController(ProxyServiceLedger ledger, ActivitySubjects subjects) {
        this.ledger = ledger;
        this.subjects = subjects;
    }

    @PostMapping
    @Operation(summary = "Set the count of a month for a village or community (replaces an earlier figure)")
    ProxyServiceLedger.MonthCount record(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CountRequest request) {
        return ledger.record(caller, request.organizationId(), YearMonth.parse(request.month()), request.count());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a .csv or .xlsx (columns orgCode, month yyyy-MM, count; header row). Any bad row: 422 with per-row errors, nothing stored")
    Map<String, Integer> importFile(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
        try {
            return Map.of("imported", ledger.importRows(caller, ProxyServiceRows.read(file.getOriginalFilename(), file.getInputStream())));
        } catch (IOException e) {
            throw new InvalidInputException("proxy-service.unreadable", "file", "无法读取文件，请上传 .csv 或 .xlsx / Unreadable file: upload .csv or .xlsx");
        }
    }

    @GetMapping
    @Operation(summary = "Monthly counts of a year in a subtree")
    List<ProxyServiceLedger.MonthCount> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                             @RequestParam int year) {
        return ledger.list(subjects.filter(caller, organizationId, null, year));
    }

    record CountRequest(@NotNull Long organizationId,
                        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "月份应为 yyyy-MM") String month,
                        @NotNull @Min(0) Integer count) {
    }
}
