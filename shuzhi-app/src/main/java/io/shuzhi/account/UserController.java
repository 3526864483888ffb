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
        model.addAttribute("roles", caller.isAdmin() ? Role.values()
                : new Role[]{Role.ORGANIZATION_DEPARTMENT, Role.SECRETARY, Role.EVALUATOR, Role.VIEWER});
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
