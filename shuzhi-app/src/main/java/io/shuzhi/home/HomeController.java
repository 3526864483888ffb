package io.shuzhi.home;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The start page and the login page. */
@Controller
class HomeController {

    private final OrganizationService organizations;

    HomeController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Caller caller, Model model) {
        List<GrantView> grants = caller.grants().stream()
                .map(g -> new GrantView(g.role(), g.organizationId() == null ? "全部 / all"
                        : organizations.find(caller.scope(), g.organizationId()).map(Organization::name).orElse("—")))
                .toList();
        model.addAttribute("grants", grants);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    record GrantView(Role role, String organizationName) {
    }
}
