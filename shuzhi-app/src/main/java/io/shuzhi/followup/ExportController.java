package io.shuzhi.followup;

import io.shuzhi.account.Caller;
import io.shuzhi.commitment.CommitmentQueries;
import io.shuzhi.rectification.ProblemService;
import io.shuzhi.rectification.ProblemStatus;
import io.shuzhi.warning.WarningColor;
import io.shuzhi.warning.WarningService;
import io.shuzhi.weakorg.WeakOrganizationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Every follow-up list as .xlsx, filtered exactly like the list (same scope, same parameters). Served under
 * {@code /api/exports} for token clients and {@code /followup/exports} for the pages' session.
 */
@RestController
@Tag(name = "Exports", description = "Follow-up lists as Excel files, within the caller's scope")
class ExportController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProblemService problems;
    private final CommitmentQueries commitments;
    private final WarningService warnings;
    private final WeakOrganizationService weak;
    private final Clock clock;

    ExportController(ProblemService problems, CommitmentQueries commitments, WarningService warnings,
                     WeakOrganizationService weak, Clock clock) {
        this.problems = problems;
        this.commitments = commitments;
        this.warnings = warnings;
        this.weak = weak;
        this.clock = clock;
    }

    @GetMapping({"/api/exports/problems.xlsx", "/followup/exports/problems.xlsx"})
    @Operation(summary = "Problems (same filters as GET /api/problems)")
    ResponseEntity<byte[]> problems(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                    @RequestParam(required = false) ProblemStatus status, @RequestParam(defaultValue = "false") boolean overdue) {
        LocalDate today = LocalDate.now(clock);
        return file("问题清单", Xlsx.sheet("问题清单", List.of("编号", "组织ID", "来源", "问题", "责任人", "整改措施", "整改标准", "整改时限", "状态", "逾期天数"),
                problems.list(caller, organizationId, status, overdue).stream().map(p -> row(p.number(), p.organizationId(), p.source(),
                        p.description(), p.responsiblePerson(), p.measures(), p.standard(), p.dueDate(), p.status(), p.overdueDays(today))).toList()));
    }

    @GetMapping({"/api/exports/commitments.xlsx", "/followup/exports/commitments.xlsx"})
    @Operation(summary = "Commitments with their status (same filters as GET /api/commitments)")
    ResponseEntity<byte[]> commitments(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                       @RequestParam(required = false) Integer year) {
        return file("承诺台账", Xlsx.sheet("承诺台账", List.of("ID", "组织ID", "承诺内容", "目标", "上限", "单位", "比较", "完成值", "期限", "状态", "评定理由"),
                commitments.list(caller, organizationId, year).stream().map(j -> {
                    var c = j.commitment();
                    var t = c.target();
                    return row(c.id(), c.organizationId(), c.text(), t == null ? null : t.value(), t == null ? null : t.max(),
                            t == null ? null : t.unit(), t == null ? null : t.comparator(), c.latestValue(), c.deadline(), j.status(), c.ratingReason());
                }).toList()));
    }

    @GetMapping({"/api/exports/warnings.xlsx", "/followup/exports/warnings.xlsx"})
    @Operation(summary = "Current warnings (same filters as GET /api/warnings)")
    ResponseEntity<byte[]> warnings(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                    @RequestParam(required = false) WarningColor color) {
        return file("三色预警", Xlsx.sheet("三色预警", List.of("对象类型", "对象ID", "名称", "组织ID", "颜色", "起始时间", "规则"),
                warnings.current(caller, organizationId, color).stream().map(w -> row(w.subjectType(), w.subjectId(), w.label(),
                        w.organizationId(), w.color(), w.since(), w.rule())).toList()));
    }

    @GetMapping({"/api/exports/weak-organizations.xlsx", "/followup/exports/weak-organizations.xlsx"})
    @Operation(summary = "Weak organizations with sponsors and state")
    ResponseEntity<byte[]> weakOrganizations(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                                             @RequestParam(required = false) Integer year) {
        return file("软弱涣散党组织", Xlsx.sheet("软弱涣散党组织", List.of("年度", "组织", "认定方式", "得分", "包保领导", "第一书记", "状态", "验收分", "建议调整书记"),
                weak.list(caller, organizationId, year).stream().map(w -> row(w.year(), w.organizationName(), w.designation(), w.score(),
                        String.join("、", w.sponsors().stream().map(s -> s.name()).toList()), w.firstSecretary(), w.status(),
                        w.assessmentScore(), w.replaceSecretary() ? "是" : "否")).toList()));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private ResponseEntity<byte[]> file(String name, byte[] content) {
        String fileName = name + "-" + LocalDate.now(clock) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
