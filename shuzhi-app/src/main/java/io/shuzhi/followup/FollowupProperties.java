package io.shuzhi.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** {@code shuzhi.followup.reminders.offsets}: days relative to a due date at which reminders go out. */
@ConfigurationProperties("shuzhi.followup.reminders")
record FollowupProperties(List<Integer> offsets) {

    FollowupProperties {
        offsets = offsets == null || offsets.isEmpty() ? List.of(-7, -1, 1, 7, 30) : List.copyOf(offsets);
    }
}
