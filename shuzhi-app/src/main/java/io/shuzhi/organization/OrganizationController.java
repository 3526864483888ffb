package io.shuzhi.organization;

import io.shuzhi.account.Caller;
import io.shuzhi.shared.DomainException;
import io.shuzhi.shared.web.NavItem;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/**
 * The tree pages. Every action is a plain form POST followed by a redirect; htmx only swaps in the children of
 * a node and the search results, served by the same URLs as fragments.
 */
@Controller
class OrganizationController {

    private final OrganizationService service;

    OrganizationController(OrganizationService service) {
        this.service = service;
    }

    @GetMapping("/organizations")
    String tree(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        boolean searching = q != null && !q.isBlank();
        model.addAttribute("q", q);
        model.addAttribute("roots", searching ? service.search(caller, q, 100) : service.children(caller, null));
        model.addAttribute("searching", searching);
        return htmx != null ? "organization/tree :: nodes" : "organization/tree";
    }

    @GetMapping("/organizations/{id}/children")
    String children(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        service.get(caller, id);
        model.addAttribute("roots", service.children(caller, id));
        model.addAttribute("searching", false);
        return "organization/tree :: nodes";
    }

    @GetMapping("/organizations/{id}")
    String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Organization org = service.get(caller, id);
        model.addAttribute("org", org);
        model.addAttribute("parent", org.parentId() == null ? null : service.find(caller.scope(), org.parentId()).orElse(null));
        model.addAttribute("children", service.children(caller, id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrganizationForm.of(org));
        }
        addEnums(model);
        return "organization/detail";
    }

    @GetMapping("/organizations/new")
    String newForm(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long parentId, Model model) {
        OrganizationForm form = new OrganizationForm();
        form.parentId = parentId;
        if (parentId != null) {
            model.addAttribute("parent", service.get(caller, parentId));
        }
        model.addAttribute("form", form);
        addEnums(model);
        return "organization/new";
    }

    @PostMapping("/organizations")
    String create(@AuthenticationPrincipal Caller caller, @Valid @ModelAttribute("form") OrganizationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Organization created = service.create(caller, form.toNew());
                redirect.addFlashAttribute("flash", created.name());
                return "redirect:/organizations/" + created.id();
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        if (form.parentId != null) {
            model.addAttribute("parent", service.get(caller, form.parentId));
        }
        addEnums(model);
        return "organization/new";
    }

    @PostMapping("/organizations/{id}")
    String update(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                  @Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.update(caller, id, form.toDetails());
                redirect.addFlashAttribute("flash", form.name);
                return "redirect:/organizations/" + id;
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        return detail(caller, id, model);
    }

    @PostMapping("/organizations/{id}/move")
    String move(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String parentCode,
                RedirectAttributes redirect) {
        Organization target = service.findByCode(parentCode.trim())
                .flatMap(o -> service.find(caller.scope(), o.id()))
                .orElseThrow(() -> new io.shuzhi.shared.InvalidInputException("organization.unknown-parent", "parentCode",
                        "未找到上级组织编码 / Unknown parent code: " + parentCode));
        service.move(caller, id, target.id());
        redirect.addFlashAttribute("flash", target.name());
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id}/active")
    String setActive(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam boolean active) {
        service.setActive(caller, id, active);
        return "redirect:/organizations/" + id;
    }

    private static void addEnums(Model model) {
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("sectors", Sector.values());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem organizationsNav() {
            return new NavItem("nav.organizations", "/organizations", 10, Set.of());
        }
    }
}
