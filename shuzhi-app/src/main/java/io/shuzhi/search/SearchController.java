package io.shuzhi.search;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;

/** The search page: one box, optional year and kind, hits with highlighted snippets linking to what they found. */
@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) SearchKind kind, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("results", search.search(caller, q, year, null, kind, 50));
        return "search/search";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem searchNavItem() {
            return new NavItem("nav.search", "/search", 60, Set.of());
        }
    }
}
