package io.shuzhi.warning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Something that can be warned about, with its computed facts (e.g. {@code OVERDUE_DAYS = 45}); booleans are 1/0.
 *
 * @param organizationId the organization it belongs to: scope and notifications follow it
 * @param label          what users read, e.g. the problem number
 * @param link           the page that shows it
 */
public record Subject(SubjectType type, long id, long organizationId, String label, String link, Map<String, BigDecimal> facts) {
}
