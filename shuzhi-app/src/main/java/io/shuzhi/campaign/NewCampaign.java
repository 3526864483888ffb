package io.shuzhi.campaign;

import io.shuzhi.evaluation.EvaluationScheme;

import java.time.LocalDate;
import java.util.List;

/** What it takes to open a campaign; reporters in the order they will report. */
public record NewCampaign(long hostOrganizationId, int year, String title, List<Long> reporterOrganizationIds,
                          LocalDate reportDeadline, LocalDate meetingDate, EvaluationScheme scheme) {
}
