package io.shuzhi.campaign;

/** DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ACCEPTED → PUBLISHED. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
