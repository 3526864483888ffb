package io.shuzhi.registry;

import java.time.LocalDate;

/**
 * A member as read from a form or a file row, already validated. Holds the plain ID number and phone only for
 * the moment between parsing and encryption; {@link #toString()} masks them so they cannot leak into logs.
 */
record MemberEntry(long organizationId, String name, Gender gender, LocalDate birthDate, String ethnicity,
                   Education education, LocalDate joinDate, MemberStatus status, boolean mobile, String phone,
                   IdNumber idNumber) {

    @Override
    public String toString() {
        return "MemberEntry[org=" + organizationId + ", name=" + name + ", id=" + idNumber + ", phone="
                + io.shuzhi.shared.crypto.Masking.phone(phone) + "]";
    }
}
