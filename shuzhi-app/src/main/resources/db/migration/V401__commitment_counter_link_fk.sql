-- Both features are on main now (ADR 400): a counter link belongs to an existing commitment.
-- A link whose commitment no longer exists can never be pushed to; drop such rows before adding the constraint.
DELETE FROM commitment_counter_link l WHERE NOT EXISTS (SELECT 1 FROM commitment c WHERE c.id = l.commitment_id);

ALTER TABLE commitment_counter_link
    ADD CONSTRAINT commitment_counter_link_commitment_fk FOREIGN KEY (commitment_id) REFERENCES commitment (id);
