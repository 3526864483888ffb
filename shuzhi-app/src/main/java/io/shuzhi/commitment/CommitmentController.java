package io.shuzhi.commitment;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** The commitment ledger (承诺台账) and a commitment's page: progress (践诺) and rating (评诺). */
@Controller
class CommitmentController {

    private final CommitmentService service;
    private final CommitmentQueries queries;
    private final OrganizationService organizations;
    private final ProgressEvidence evidence;
    private final Clock clock;

    CommitmentController(CommitmentService service, CommitmentQueries queries, OrganizationService organizations,
                         ProgressEvidence evidence, Clock clock) {
        this.service = service;
        this.evidence = evidence;
        this.queries = queries;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/commitments")
    String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("commitments", queries.list(caller, organizationId, y));
        model.addAttribute("rate", organizationId == null ? null : queries.fulfilmentRate(caller, organizationId, y));
        model.addAttribute("organizations", organizations.list(caller));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("year", y);
        model.addAttribute("comparators", Comparator.values());
        return "followup/commitments";
    }

    @PostMapping("/commitments")
    String create(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam String text,
                  @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) BigDecimal max,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) Comparator comparator,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, RedirectAttributes redirect) {
        try {
            JudgedCommitment c = service.create(caller, new NewCommitment(organizationId, caller.displayName(), text,
                    Target.ofNullable(value, max, unit, comparator), deadline, Period.ONCE, CommitmentSource.MANUAL, null));
            return "redirect:/commitments/" + c.commitment().id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/commitments";
        }
    }

    @GetMapping("/commitments/{id}")
    String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        JudgedCommitment c = service.get(caller, id);
        model.addAttribute("c", c.commitment());
        model.addAttribute("status", c.status());
        model.addAttribute("organization", organizations.get(caller, c.commitment().organizationId()));
        model.addAttribute("progress", service.progress(caller, id));
        model.addAttribute("statuses", CommitmentStatus.values());
        return "followup/commitment";
    }

    @PostMapping("/commitments/{id}/progress")
    String progress(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam(required = false) BigDecimal value,
                    @RequestParam(required = false) String note,
                    @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                    RedirectAttributes redirect) throws java.io.IOException {
        try {
            service.get(caller, id);
            String key = file == null || file.isEmpty() ? null : evidence.store(file.getOriginalFilename(), file.getSize(), file.getInputStream());
            service.recordProgress(caller, id, value, note, key);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/commitments/" + id;
    }

    @GetMapping("/commitments/{id}/progress/{progressId}/evidence")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> evidence(
            @AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long progressId) throws java.io.IOException {
        Progress p = service.progress(caller, id).stream().filter(x -> x.id() == progressId && x.evidenceKey() != null).findFirst()
                .orElseThrow(() -> new io.shuzhi.shared.NotFoundException("Evidence", progressId));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + progressId + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new org.springframework.core.io.InputStreamResource(evidence.open(p.evidenceKey())));
    }

    @PostMapping("/commitments/{id}/rate")
    String rate(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam CommitmentStatus status,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            service.rate(caller, id, status, reason);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/commitments/" + id;
    }
}
