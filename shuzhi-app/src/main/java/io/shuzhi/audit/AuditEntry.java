package io.shuzhi.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One recorded change. */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                         Long organizationId, String before, String after) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    /** The time as users read it (China Standard Time). */
    public String atText() {
        return FORMAT.format(at);
    }
}
