package io.shuzhi.notification;

import io.shuzhi.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The notification centre and e-mail subscriptions")
class NotificationApiController {

    private final NotificationService service;

    NotificationApiController(NotificationService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Notifications for organizations in the caller's scope, newest first")
    List<Notification> list(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "100") int limit) {
        return service.list(caller, limit);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unread(@AuthenticationPrincipal Caller caller) {
        return Map.of("unread", service.unreadCount(caller));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        service.markRead(caller, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> readAll(@AuthenticationPrincipal Caller caller) {
        service.markRead(caller, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/subscriptions")
    @Operation(summary = "Send e-mail for an organization's notifications (and its subtree's) to an address")
    ResponseEntity<Void> subscribe(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SubscriptionRequest r) {
        service.subscribe(caller, r.organizationId(), r.email());
        return ResponseEntity.noContent().build();
    }

    record SubscriptionRequest(@NotNull Long organizationId, @NotBlank String email) {
    }
}
