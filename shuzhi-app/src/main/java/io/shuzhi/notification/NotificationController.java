package io.shuzhi.notification;

import io.shuzhi.account.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 通知中心. Opening a notification marks it read for the reader only. */
@Controller
class NotificationController {

    private final NotificationService service;

    NotificationController(NotificationService service) {
        this.service = service;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("notifications", service.list(caller, 200));
        model.addAttribute("unread", service.unreadCount(caller));
        return "followup/notifications";
    }

    /** The unread count beside the menu item, polled by htmx (an empty fragment when nothing is unread). */
    @GetMapping("/notifications/unread-badge")
    String unreadBadge(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("unread", service.unreadCount(caller));
        return "followup/notifications :: unreadBadge";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        service.markRead(caller, id);
        String link = service.list(caller, 500).stream().filter(n -> n.id() == id).map(Notification::link)
                .filter(l -> l != null && l.startsWith("/")).findFirst().orElse("/notifications");
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal Caller caller) {
        service.markRead(caller, null);
        return "redirect:/notifications";
    }
}
