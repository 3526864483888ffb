package io.shuzhi.registry;

import io.shuzhi.account.Scope;

/** The SQL of a member import, kept together so the staging table's columns are written in one place. */
final class MemberStagingSql {

    private MemberStagingSql() {
    }

    static final String CREATE = """
            CREATE TEMP TABLE member_import (
                row_no INT NOT NULL, organization_id BIGINT NOT NULL, name TEXT NOT NULL, gender TEXT NOT NULL,
                birth_date DATE NOT NULL, ethnicity TEXT, education TEXT NOT NULL, join_date DATE NOT NULL,
                status TEXT NOT NULL, id_number_cipher BYTEA NOT NULL, id_number_masked TEXT NOT NULL,
                id_number_hash BYTEA NOT NULL, phone_cipher BYTEA, phone_masked TEXT, phone_hash BYTEA,
                mobile BOOLEAN NOT NULL
            ) ON COMMIT DROP""";

    static final String COPY = """
            COPY member_import (row_no, organization_id, name, gender, birth_date, ethnicity, education, join_date,
                status, id_number_cipher, id_number_masked, id_number_hash, phone_cipher, phone_masked, phone_hash, mobile)
            FROM STDIN""";

    /** Every row whose ID number already appeared higher up in the file, with that first row. */
    static final String DUPLICATES = """
            SELECT row_no, first_row FROM (
                SELECT row_no, min(row_no) OVER (PARTITION BY id_number_hash) AS first_row FROM member_import
            ) d WHERE row_no <> first_row ORDER BY row_no LIMIT 1001""";

    /** Rows that would move a member away from an organization the importer may not change. */
    static final String OUT_OF_SCOPE = """
            SELECT s.row_no FROM member_import s
            JOIN member m ON m.id_number_hash = s.id_number_hash
            JOIN organization o ON o.id = m.organization_id
            WHERE NOT""" + " " + Scope.sql("o") + " ORDER BY s.row_no LIMIT 1001";

    /**
     * Inserts new members and updates matched ones only where something differs, so a re-import of the same
     * file reports 0 imported and 0 updated. (xmax = 0) tells an inserted row from an updated one. Ethnicity
     * is optional in files: a blank cell keeps what is recorded. Leaving mobile status clears where and since.
     */
    static final String MERGE = """
            WITH merged AS (
                INSERT INTO member AS m (organization_id, name, gender, birth_date, ethnicity, education, join_date,
                    status, id_number_cipher, id_number_masked, id_number_hash, phone_cipher, phone_masked, phone_hash, mobile)
                SELECT organization_id, name, gender, birth_date, ethnicity, education, join_date, status,
                    id_number_cipher, id_number_masked, id_number_hash, phone_cipher, phone_masked, phone_hash, mobile
                FROM member_import ORDER BY row_no
                ON CONFLICT (id_number_hash) DO UPDATE SET
                    organization_id = EXCLUDED.organization_id, name = EXCLUDED.name, gender = EXCLUDED.gender,
                    birth_date = EXCLUDED.birth_date, ethnicity = COALESCE(EXCLUDED.ethnicity, m.ethnicity),
                    education = EXCLUDED.education, join_date = EXCLUDED.join_date, status = EXCLUDED.status,
                    phone_cipher = EXCLUDED.phone_cipher, phone_masked = EXCLUDED.phone_masked, phone_hash = EXCLUDED.phone_hash,
                    mobile = EXCLUDED.mobile,
                    mobile_kind = CASE WHEN EXCLUDED.mobile THEN m.mobile_kind END,
                    mobile_destination = CASE WHEN EXCLUDED.mobile THEN m.mobile_destination END,
                    mobile_since = CASE WHEN EXCLUDED.mobile THEN m.mobile_since END,
                    updated_at = now(), version = m.version + 1
                WHERE (m.organization_id, m.name, m.gender, m.birth_date, m.ethnicity, m.education, m.join_date,
                       m.status, m.phone_hash, m.mobile)
                    IS DISTINCT FROM (EXCLUDED.organization_id, EXCLUDED.name, EXCLUDED.gender, EXCLUDED.birth_date,
                       COALESCE(EXCLUDED.ethnicity, m.ethnicity), EXCLUDED.education, EXCLUDED.join_date,
                       EXCLUDED.status, EXCLUDED.phone_hash, EXCLUDED.mobile)
                RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted) AS imported, count(*) FILTER (WHERE NOT inserted) AS updated FROM merged""";
}
