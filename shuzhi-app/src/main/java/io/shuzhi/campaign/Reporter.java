package io.shuzhi.campaign;

/** A reporter as lists show it: the report, its organization's name and secretary, the reporting order. */
public record Reporter(long reportId, long organizationId, String organizationName, String secretaryName, int position,
                       ReportStatus status) {
}
