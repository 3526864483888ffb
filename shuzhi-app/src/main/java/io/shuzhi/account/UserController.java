package io.shuzhi.account;

import io.shuzhi.shared.DomainException;
import io.shuzhi.shared.web.NavItem;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** User management pages, for ADMIN and ORGANIZATION_DEPARTMENT within their subtree. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ORGANIZATION_DEPARTMENT')")
class UserController {

    private final UserService service;
    private final JdbcClient jdbc;

    UserController(UserService service, JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    @GetMapping("/users")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        List<Caller> users = service.list(caller);
        model.addAttribute("users", users);
        model.addAttribute("orgNames", organizationNames(users));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm());
        }
        model.addAttribute("roles", grantableRoles(caller));
        return "account/users";
    }

    @PostMapping("/users")
    String create(@AuthenticationPrincipal Caller caller, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Long orgId = resolveOrganization(form.organizationCode);
                service.create(caller, form.username, form.password, form.displayName, List.of(new Grant(form.role, orgId)));
                redirect.addFlashAttribute("flash", form.username);
                return "redirect:/users";
            } catch (DomainException e) {
                errors.reject(e.code(), e.getMessage());
            }
        }
        return list(caller, model);
    }

    /** One user: its grants (add, remove) and a password reset. */
    @GetMapping("/users/{id}")
    String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        Caller user = service.get(caller, id);
        model.addAttribute("user", user);
        model.addAttribute("orgNames", organizationNames(List.of(user)));
        model.addAttribute("roles", grantableRoles(caller));
        model.addAttribute("self", caller.id() == id);
        return "account/user";
    }

    @PostMapping("/users/{id}/grants")
    String addGrant(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam Role role,
                    @RequestParam(required = false) String organizationCode, RedirectAttributes redirect) {
        return change(redirect, id, () -> {
            Grant grant = new Grant(role, resolveOrganization(organizationCode));
            List<Grant> grants = new java.util.ArrayList<>(service.get(caller, id).grants());
            if (!grants.contains(grant)) {
                grants.add(grant);
            }
            service.changeGrants(caller, id, grants);
        }, "users.grant.added");
    }

    @PostMapping("/users/{id}/grants/remove")
    String removeGrant(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam Role role,
                       @RequestParam(required = false) Long organizationId, RedirectAttributes redirect) {
        return change(redirect, id, () -> {
            List<Grant> grants = new java.util.ArrayList<>(service.get(caller, id).grants());
            grants.remove(new Grant(role, organizationId));
            service.changeGrants(caller, id, grants);
        }, "users.grant.removed");
    }

    @PostMapping("/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String password,
                         RedirectAttributes redirect) {
        return change(redirect, id, () -> service.resetPassword(caller, id, password), "users.password.reset");
    }

    /** Runs a change; a refused one comes back to the user page as a message instead of an error page. */
    private String change(RedirectAttributes redirect, long id, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/users/" + id;
    }

    private static Role[] grantableRoles(Caller caller) {
        return caller.isAdmin() ? Role.values()
                : new Role[]{Role.ORGANIZATION_DEPARTMENT, Role.SECRETARY, Role.EVALUATOR, Role.VIEWER};
    }

    @PostMapping("/users/{id}/active")
    String setActive(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam boolean active) {
        service.setActive(caller, id, active);
        return "redirect:/users";
    }

    private Long resolveOrganization(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return jdbc.sql("SELECT id FROM organization WHERE code = :c").param("c", code.trim()).query(Long.class).optional()
                .orElseThrow(() -> new io.shuzhi.shared.InvalidInputException("user.unknown-organization", "organizationCode",
                        "未找到组织编码 / Unknown organization code: " + code));
    }

    private Map<Long, String> organizationNames(List<Caller> users) {
        List<Long> ids = users.stream().flatMap(u -> u.grants().stream()).map(Grant::organizationId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name FROM organization WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavItem usersNav() {
            return new NavItem("nav.users", "/users", 90, Set.of("ADMIN", "ORGANIZATION_DEPARTMENT"));
        }

        @Bean
        NavItem auditNav() {
            return new NavItem("nav.audit", "/audit", 95, Set.of("ADMIN"));
        }
    }
}
