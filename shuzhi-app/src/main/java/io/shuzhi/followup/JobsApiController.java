package io.shuzhi.followup;

import io.shuzhi.warning.WarningService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Runs the follow-up's scheduled jobs now, for operators (after a clock correction, an outage, a rule change).
 * Both are idempotent: reminders are sent once per (subject, offset), warnings notify once per entry or escalation.
 */
@RestController
@RequestMapping("/api/followup/jobs")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Follow-up jobs", description = "Run reminders and warning recomputation now (ADMIN)")
class JobsApiController {

    private final ReminderJob reminders;
    private final WarningService warnings;

    JobsApiController(ReminderJob reminders, WarningService warnings) {
        this.reminders = reminders;
        this.warnings = warnings;
    }

    @PostMapping("/reminders")
    @Operation(summary = "Send the reminders due today; answers how many were sent")
    Map<String, Integer> reminders() {
        return Map.of("sent", reminders.sendReminders());
    }

    @PostMapping("/warnings")
    @Operation(summary = "Recompute warning colours, record history and notify entries and escalations")
    Map<String, Integer> warnings() {
        warnings.recompute();
        return Map.of("warnings", warnings.evaluate().size());
    }
}
