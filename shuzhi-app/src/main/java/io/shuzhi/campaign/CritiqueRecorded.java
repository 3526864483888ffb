package io.shuzhi.campaign;

import java.util.List;

/**
 * The host secretary recorded (or re-recorded) the critique of a report. The follow-up feature turns the points
 * marked {@code rectify} into tracked problems; a re-recording carries the full list again.
 */
public record CritiqueRecorded(long reportId, long campaignId, long organizationId, int year, List<CritiquePoint> points) {
}
