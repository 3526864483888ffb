-- Where a 1,000,000-member import's database time goes: the import's merge statement (a copy of
-- io.shuzhi.registry.MemberStagingSql.MERGE), run on 1 M staged copies of existing members with new ID hashes,
-- first with the rollup trigger, then without it; both rolled back. Run against a generated province:
--   psql -h localhost -p <port> -U postgres shuzhi -f shuzhi-bench/sql/import-merge-breakdown.sql
\timing on
BEGIN;
CREATE TEMP TABLE member_import ON COMMIT DROP AS
  SELECT (row_number() OVER ())::INT AS row_no, organization_id, name, gender, birth_date, ethnicity, education, join_date, status,
         id_number_cipher, id_number_masked, sha256(id_number_hash || '\x01'::bytea) AS id_number_hash, phone_cipher, phone_masked, phone_hash, mobile
  FROM member WHERE id % 5 = 0 LIMIT 1000000;
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
            SELECT count(*) FILTER (WHERE inserted) AS imported, count(*) FILTER (WHERE NOT inserted) AS updated FROM merged;
ROLLBACK;
BEGIN;
ALTER TABLE member DISABLE TRIGGER member_rollup_insert;
CREATE TEMP TABLE member_import ON COMMIT DROP AS
  SELECT (row_number() OVER ())::INT AS row_no, organization_id, name, gender, birth_date, ethnicity, education, join_date, status,
         id_number_cipher, id_number_masked, sha256(id_number_hash || '\x01'::bytea) AS id_number_hash, phone_cipher, phone_masked, phone_hash, mobile
  FROM member WHERE id % 5 = 0 LIMIT 1000000;
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
            SELECT count(*) FILTER (WHERE inserted) AS imported, count(*) FILTER (WHERE NOT inserted) AS updated FROM merged;
ROLLBACK;
