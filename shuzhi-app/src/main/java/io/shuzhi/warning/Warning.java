package io.shuzhi.warning;

import java.time.Instant;

/** A subject's current colour, since when, and the rule (or "override") that gave it. */
public record Warning(SubjectType subjectType, long subjectId, long organizationId, String label, String link,
                      WarningColor color, Instant since, String rule) {
}
