package io.shuzhi.review;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The pages for uploading a compilation and confirming its matches (POST → redirect → GET). */
@Controller
class CompilationController {

    private final CompilationService compilations;
    private final CompilationImport imports;
    private final MessageSource messages;

    CompilationController(CompilationService compilations, CompilationImport imports, MessageSource messages) {
        this.compilations = compilations;
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/campaigns/{id}/compilations")
    String upload(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            var upload = compilations.upload(caller, id, file.getOriginalFilename(), file.getBytes());
            return "redirect:/campaigns/" + id + "/compilations/" + upload.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/campaigns/" + id + "/overview";
        }
    }

    /**
     * The confirmation table once the analysis is READY; until then a progress bar that htmx polls on this same URL
     * (the fragment alone), reloading the whole page when the analysis is done.
     */
    @GetMapping("/campaigns/{id}/compilations/{cid}")
    String pending(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long cid,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
                   Model model) {
        var status = compilations.status(caller, id, cid);
        model.addAttribute("campaignId", id);
        model.addAttribute("compilationId", cid);
        if (!"READY".equals(status.status())) {
            model.addAttribute("status", status);
            return htmx != null ? "review/compilation-progress :: progress" : "review/compilation-progress";
        }
        if (htmx != null) {
            response.setHeader("HX-Refresh", "true");
        }
        var p = compilations.pending(caller, id, cid);
        model.addAttribute("fileName", p.fileName());
        model.addAttribute("reports", p.reports());
        model.addAttribute("candidates", p.candidates());
        return "review/compilation";
    }

    /** Form fields {@code match0}, {@code match1}, … carry the chosen organization id, blank to skip. */
    @PostMapping("/campaigns/{id}/compilations/{cid}/confirm")
    String confirm(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long cid,
                   @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Integer, Long> matches = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.matches("match\\d+")) {
                matches.put(Integer.parseInt(k.substring(5)), v == null || v.isBlank() ? null : Long.parseLong(v));
            }
        });
        try {
            long imported = imports.confirm(caller, id, cid, matches).stream().filter(r -> r.reportId() != null).count();
            redirect.addFlashAttribute("flash", messages.getMessage("review.compilation.done", new Object[]{imported}, LocaleContextHolder.getLocale()));
            return "redirect:/campaigns/" + id + "/overview";
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/campaigns/" + id + "/compilations/" + cid;
        }
    }
}
