package io.shuzhi.organization;

import io.shuzhi.shared.DomainException;

/** The upload is neither a CSV text file nor an .xlsx workbook: 415. */
class UnreadableFile extends DomainException {

    UnreadableFile(String message) {
        super("organization.import-unreadable", message);
    }

    @Override
    public int status() {
        return 415;
    }
}
