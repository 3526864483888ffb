package io.shuzhi.notification;

import java.time.Instant;

/** One message to the people responsible for an organization; {@code read} is per viewing user. */
public record Notification(long id, long organizationId, String organizationName, String kind, String title, String link,
                           Instant createdAt, boolean read) {
}
