package io.shuzhi.campaign;

/** A reporter saved a new version of a duty report (the review feature analyses and indexes it). */
public record ReportSaved(long reportId, long campaignId, long organizationId, int version) {
}
