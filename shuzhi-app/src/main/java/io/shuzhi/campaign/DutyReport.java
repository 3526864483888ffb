package io.shuzhi.campaign;

import io.shuzhi.shared.InvalidInputException;

/**
 * A reporter's duty report. The aggregate guards its own states: only a draft or a returned report can be edited
 * or submitted; only a submitted one returned or accepted; only an accepted one published. Each method returns
 * the report as it is afterwards and leaves this one unchanged.
 */
public record DutyReport(long id, long campaignId, long organizationId, int position, ReportStatus status, int version,
                         ReportContent content, String returnComment) {

    /** "Not started": a draft nobody has saved yet. */
    public boolean isStarted() {
        return version > 0;
    }

    public DutyReport edit(ReportContent newContent) {
        if (!status.isEditable()) {
            throw new ReportTransitionRefused(status, "修改 / edit");
        }
        return new DutyReport(id, campaignId, organizationId, position, status, version + 1, newContent, returnComment);
    }

    public DutyReport submit() {
        if (!status.isEditable()) {
            throw new ReportTransitionRefused(status, "提交 / submit");
        }
        if (!content.missingForSubmission().isEmpty()) {
            throw new InvalidInputException("report.incomplete", "sections",
                    "述职报告缺少必填部分 / The report lacks required parts: " + content.missingForSubmission());
        }
        return to(ReportStatus.SUBMITTED, returnComment);
    }

    public DutyReport returnWith(String comment) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportTransitionRefused(status, "退回 / return");
        }
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("report.comment-required", "comment", "退回时须填写意见 / A return needs a comment");
        }
        return to(ReportStatus.RETURNED, comment.strip());
    }

    public DutyReport accept() {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportTransitionRefused(status, "通过 / accept");
        }
        return to(ReportStatus.ACCEPTED, null);
    }

    public DutyReport publish() {
        if (status != ReportStatus.ACCEPTED) {
            throw new ReportTransitionRefused(status, "刊发 / publish");
        }
        return to(ReportStatus.PUBLISHED, null);
    }

    private DutyReport to(ReportStatus next, String comment) {
        return new DutyReport(id, campaignId, organizationId, position, next, version, content, comment);
    }
}
