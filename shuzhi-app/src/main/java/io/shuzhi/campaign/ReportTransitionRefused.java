package io.shuzhi.campaign;

import io.shuzhi.shared.ConflictException;

/** A report was asked to do something its state does not allow (edit after submission, accept a draft…). */
public class ReportTransitionRefused extends ConflictException {

    public ReportTransitionRefused(ReportStatus from, String action) {
        super("report.illegal-transition", "当前状态（" + label(from) + "）下不能" + action + " / Not allowed while the report is " + from);
    }

    static String label(ReportStatus s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已提交";
            case RETURNED -> "已退回";
            case ACCEPTED -> "已通过";
            case PUBLISHED -> "已刊发";
        };
    }
}
