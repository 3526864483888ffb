package io.shuzhi.rectification;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/** The problem list and a problem's page. Every action is a form POST answered by a redirect. */
@Controller
class ProblemController {

    private final ProblemService service;
    private final EvidenceService evidence;
    private final OrganizationService organizations;
    private final RectificationProperties properties;
    private final Clock clock;

    ProblemController(ProblemService service, EvidenceService evidence, OrganizationService organizations,
                      RectificationProperties properties, Clock clock) {
        this.service = service;
        this.evidence = evidence;
        this.organizations = organizations;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/problems")
    String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) ProblemStatus status, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("problems", service.list(caller, organizationId, status, overdue));
        model.addAttribute("organizations", organizations.list(caller));
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("sources", ProblemSource.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("now", clock.instant());
        model.addAttribute("staleDays", properties.staleDays());
        return "followup/problems";
    }

    @PostMapping("/problems")
    String create(@AuthenticationPrincipal Caller caller, @RequestParam long organizationId, @RequestParam ProblemSource source,
                  @RequestParam String description, @RequestParam(required = false) String rootCause,
                  @RequestParam String responsiblePerson, @RequestParam String measures, @RequestParam String standard,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, RedirectAttributes redirect) {
        if (description.isBlank() || responsiblePerson.isBlank() || measures.isBlank() || standard.isBlank()) {
            redirect.addFlashAttribute("flash", "请完整填写问题、责任人、整改措施、整改标准和整改时限(五个明确)");
            return "redirect:/problems";
        }
        return act(redirect, "/problems", () -> {
            ProblemService.Created created = service.create(caller, new NewProblem(organizationId, source, null, description, rootCause,
                    Severity.MEDIUM, responsiblePerson, measures, standard, dueDate));
            redirect.addFlashAttribute("similar", created.similar());
            redirect.addFlashAttribute("flash", "已登记问题 " + created.problem().number());
            return "/problems/" + created.problem().id();
        });
    }

    @GetMapping("/problems/{id}")
    String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Problem p = service.get(caller, id);
        model.addAttribute("p", p);
        model.addAttribute("organization", organizations.get(caller, p.organizationId()));
        model.addAttribute("evidence", evidence.list(caller, id));
        model.addAttribute("events", service.events(caller, id));
        model.addAttribute("levelAbove", service.isLevelAbove(caller, p));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("stale", p.stale(clock.instant(), properties.staleDays()));
        if (!model.containsAttribute("similar")) {
            model.addAttribute("similar", service.similarLastYear(p));
        }
        return "followup/problem";
    }

    @PostMapping("/problems/{id}/{action:start|request-close}")
    String transition(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        return act(redirect, "/problems/" + id, () -> {
            if (action.equals("start")) {
                service.start(caller, id);
            } else {
                service.requestClose(caller, id);
            }
            return "/problems/" + id;
        });
    }

    @PostMapping("/problems/{id}/{decision:close|return|reopen}")
    String decide(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String decision,
                  @RequestParam String reason, RedirectAttributes redirect) {
        return act(redirect, "/problems/" + id, () -> {
            switch (decision) {
                case "close" -> service.closeOut(caller, id, reason);
                case "return" -> service.returnToOwner(caller, id, reason);
                default -> service.reopen(caller, id, reason);
            }
            return "/problems/" + id;
        });
    }

    @PostMapping("/problems/{id}/evidence")
    String upload(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) {
        return act(redirect, "/problems/" + id, () -> {
            try {
                Evidence e = evidence.upload(caller, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
                redirect.addFlashAttribute("flash", "已上传 " + e.fileName() + "(SHA-256 " + e.sha256().substring(0, 12) + "…)");
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return "/problems/" + id;
        });
    }

    @GetMapping("/problems/{id}/evidence/{evidenceId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> download(
            @AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long evidenceId) throws IOException {
        Evidence e = evidence.get(caller, id, evidenceId);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(e.contentType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(e.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new org.springframework.core.io.InputStreamResource(evidence.open(e)));
    }

    /** Runs an action; a refused rule comes back as a message on the page the user was on. */
    private static String act(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            return "redirect:" + action.get();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:" + back;
        }
    }
}
