package io.shuzhi.registry;

import java.time.LocalDate;

/** A member as lists show it: ID number and phone only masked. */
public record MemberView(long id, long organizationId, String organizationName, String name, Gender gender,
                         LocalDate birthDate, String ethnicity, Education education, LocalDate joinDate,
                         MemberStatus status, boolean mobile, String phone, String idNumber, LocalDate leftOn) {

    static final String COLUMNS = """
            m.id, m.organization_id, o.name AS organization_name, m.name, m.gender, m.birth_date, m.ethnicity,
            m.education, m.join_date, m.status, m.mobile, m.phone_masked AS phone, m.id_number_masked AS id_number, m.left_on""";
}
