package io.shuzhi.campaign;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 插入: appends an offered sentence to the highlights and links it to its records (POST → redirect to the editor). */
@Controller
class HighlightSuggestionController {

    private final HighlightSuggestions suggestions;

    HighlightSuggestionController(HighlightSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping("/reports/{id}/suggestions/{index}/insert")
    String insert(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
        try {
            DutyReport saved = suggestions.insert(caller, id, index);
            redirect.addFlashAttribute("flash", "✓ v" + saved.version());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/reports/" + id + "#suggestions";
    }
}
