-- An honorary post cannot end before it starts, as first_secretary_term_ck already says for first secretaries. The
-- import and the API refuse such a term, so existing rows comply. The check is added NOT VALID and validated in a
-- second statement: should a legacy row break it after all, the migration stops at the VALIDATE step with an error
-- naming honorary_post_term_ck; correct that row's served_to (or served_from) and run the migration again.
ALTER TABLE honorary_post
    ADD CONSTRAINT honorary_post_term_ck CHECK (served_to IS NULL OR served_to >= served_from) NOT VALID;

ALTER TABLE honorary_post VALIDATE CONSTRAINT honorary_post_term_ck;
