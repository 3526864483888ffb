-- The grassroots registry: members, recruitment, village cadres, first secretaries, honorary posts, service
-- centres, yearly funding, private enterprises and social organizations. Each row hangs off an organization,
-- so every read is scoped by organization.path like the tree itself.

-- Members. The ID number and phone are personal data: stored only as AES-256-GCM ciphertext plus a masked
-- form for lists (so a list never decrypts anything) and, for the ID number, a keyed HMAC for matching on
-- re-import. left_on is the day membership ended (transfer out, death, expulsion); null while a member.
CREATE TABLE member (
    id                  BIGSERIAL PRIMARY KEY,
    organization_id     BIGINT       NOT NULL REFERENCES organization (id),
    name                VARCHAR(100) NOT NULL,
    gender              VARCHAR(8)   NOT NULL,
    birth_date          DATE         NOT NULL,
    ethnicity           VARCHAR(32),
    education           VARCHAR(32)  NOT NULL,
    join_date           DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    id_number_cipher    BYTEA        NOT NULL,
    id_number_masked    VARCHAR(32)  NOT NULL,
    id_number_hash      BYTEA        NOT NULL,
    phone_cipher        BYTEA,
    phone_masked        VARCHAR(32),
    phone_hash          BYTEA,
    mobile              BOOLEAN      NOT NULL DEFAULT FALSE,
    mobile_kind         VARCHAR(16),
    mobile_destination  VARCHAR(200),
    mobile_since        DATE,
    mobile_branch_id    BIGINT REFERENCES organization (id),
    left_on             DATE,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT member_id_number_uk UNIQUE (id_number_hash),
    CONSTRAINT member_gender_ck CHECK (gender IN ('MALE', 'FEMALE')),
    CONSTRAINT member_education_ck CHECK (education IN ('POSTGRADUATE', 'BACHELOR', 'JUNIOR_COLLEGE', 'SECONDARY_VOCATIONAL', 'HIGH_SCHOOL', 'JUNIOR_HIGH_OR_BELOW')),
    CONSTRAINT member_status_ck CHECK (status IN ('PROBATIONARY', 'FULL')),
    CONSTRAINT member_mobile_kind_ck CHECK (mobile_kind IS NULL OR mobile_kind IN ('MIGRANT_WORKER', 'FLOATING')),
    CONSTRAINT member_dates_ck CHECK (join_date > birth_date)
);
CREATE INDEX member_organization_idx ON member (organization_id);

-- 发展党员: one row per person in the pipeline; each stage keeps its date so interval rules can be checked.
CREATE TABLE recruitment (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    name             VARCHAR(100) NOT NULL,
    birth_date       DATE         NOT NULL,
    stage            VARCHAR(16)  NOT NULL,
    applied_on       DATE         NOT NULL,
    activist_on      DATE,
    candidate_on     DATE,
    probationary_on  DATE,
    full_on          DATE,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT recruitment_stage_ck CHECK (stage IN ('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL'))
);
CREATE INDEX recruitment_organization_idx ON recruitment (organization_id);

-- 村(社区)"两委"干部. served_to null while in office.
CREATE TABLE village_cadre (
    id                BIGSERIAL PRIMARY KEY,
    organization_id   BIGINT       NOT NULL REFERENCES organization (id),
    name              VARCHAR(100) NOT NULL,
    gender            VARCHAR(8)   NOT NULL,
    birth_date        DATE,
    post              VARCHAR(32)  NOT NULL,
    rank              VARCHAR(16)  NOT NULL,
    holds_both_posts  BOOLEAN      NOT NULL DEFAULT FALSE,
    annual_pay        BIGINT       NOT NULL DEFAULT 0,
    served_from       DATE         NOT NULL,
    served_to         DATE,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT village_cadre_gender_ck CHECK (gender IN ('MALE', 'FEMALE')),
    CONSTRAINT village_cadre_post_ck CHECK (post IN ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'DEPUTY_SECRETARY', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER')),
    CONSTRAINT village_cadre_rank_ck CHECK (rank IN ('PRINCIPAL', 'DEPUTY')),
    CONSTRAINT village_cadre_pay_ck CHECK (annual_pay >= 0),
    CONSTRAINT village_cadre_term_ck CHECK (served_to IS NULL OR served_to >= served_from)
);
CREATE INDEX village_cadre_organization_idx ON village_cadre (organization_id);

CREATE TABLE first_secretary (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    name             VARCHAR(100) NOT NULL,
    dispatched_by    VARCHAR(200) NOT NULL,
    served_from      DATE         NOT NULL,
    served_to        DATE,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT first_secretary_term_ck CHECK (served_to IS NULL OR served_to >= served_from)
);
CREATE INDEX first_secretary_organization_idx ON first_secretary (organization_id);

CREATE TABLE honorary_post (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    name             VARCHAR(100) NOT NULL,
    title            VARCHAR(32)  NOT NULL,
    affiliation      VARCHAR(200),
    served_from      DATE         NOT NULL,
    served_to        DATE,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT honorary_post_title_ck CHECK (title IN ('HONORARY_SECRETARY', 'HONORARY_DIRECTOR'))
);
CREATE INDEX honorary_post_organization_idx ON honorary_post (organization_id);

-- 党群服务中心: areas in square metres (one decimal is plenty for floor plans).
CREATE TABLE service_center (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT        NOT NULL REFERENCES organization (id),
    floor_area       NUMERIC(10,1) NOT NULL,
    office_area      NUMERIC(10,1) NOT NULL,
    opening_hours    VARCHAR(200),
    built_on         DATE,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT service_center_organization_uk UNIQUE (organization_id),
    CONSTRAINT service_center_area_ck CHECK (floor_area > 0 AND office_area >= 0 AND office_area <= floor_area)
);

-- Money that reaches a village or community in a year, in fen.
CREATE TABLE funding (
    id                 BIGSERIAL PRIMARY KEY,
    organization_id    BIGINT      NOT NULL REFERENCES organization (id),
    year               INT         NOT NULL,
    transfer_payment   BIGINT      NOT NULL DEFAULT 0,
    operating_funds    BIGINT      NOT NULL DEFAULT 0,
    collective_income  BIGINT      NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            INT         NOT NULL DEFAULT 0,
    CONSTRAINT funding_organization_year_uk UNIQUE (organization_id, year),
    CONSTRAINT funding_year_ck CHECK (year BETWEEN 1949 AND 2200),
    CONSTRAINT funding_amounts_ck CHECK (transfer_payment >= 0 AND operating_funds >= 0)
);

-- 非公企业 and 社会组织 under the organization responsible for them (a township, or a working committee),
-- and how party organization covers them: their own, a joint branch, or none yet.
CREATE TABLE enterprise (
    id                   BIGSERIAL PRIMARY KEY,
    organization_id      BIGINT       NOT NULL REFERENCES organization (id),
    credit_code          VARCHAR(18)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    sector               VARCHAR(32)  NOT NULL,
    party_organization   VARCHAR(8)   NOT NULL,
    formed_on            DATE,
    member_count         INT          NOT NULL DEFAULT 0,
    employees            INT,
    registered_on        DATE,
    closed_on            DATE,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_credit_code_uk UNIQUE (credit_code),
    CONSTRAINT enterprise_sector_ck CHECK (sector IN ('PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION')),
    CONSTRAINT enterprise_party_organization_ck CHECK (party_organization IN ('OWN', 'JOINT', 'NONE')),
    CONSTRAINT enterprise_formed_ck CHECK ((party_organization = 'NONE') = (formed_on IS NULL)),
    CONSTRAINT enterprise_member_count_ck CHECK (member_count >= 0)
);
CREATE INDEX enterprise_organization_idx ON enterprise (organization_id);
