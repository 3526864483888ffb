package io.shuzhi.campaign;

import java.time.Instant;
import java.time.LocalDate;

/** One annual round run by {@code hostOrganizationId}; its scheme lives in {@code campaign_scheme}, versioned. */
public record Campaign(long id, long hostOrganizationId, int year, String title, LocalDate reportDeadline,
                       LocalDate meetingDate, int schemeVersion, String editorNote, Instant publishedAt) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
