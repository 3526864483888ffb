-- Which problem each visit finding became (列入问题清单), so that raising the same finding again (a double click, a
-- retry, a colleague) answers the problem already on the list instead of adding a second one. A finding is its text
-- within the visit, per organization: a visit to several villages may find the same thing in two of them, and each
-- village then owns a problem of its own. The text is the finding as it was raised, not the problem's description,
-- which the owner may reword later. The unique index is on md5 of the text because a finding may be longer than a
-- btree entry allows; it is what stops two concurrent raises both linking (the service also locks the visit row).
-- Deleting a visit drops its links (the problems themselves stay on the list).
CREATE TABLE field_visit_problem (
    field_visit_id  BIGINT NOT NULL REFERENCES field_visit (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    finding         TEXT   NOT NULL,
    problem_id      BIGINT NOT NULL REFERENCES problem (id),
    CONSTRAINT field_visit_problem_problem_uk UNIQUE (problem_id)
);
CREATE UNIQUE INDEX field_visit_problem_finding_uk ON field_visit_problem (field_visit_id, organization_id, md5(finding));

-- Findings raised before this table existed (none on a new database): the problem's description is still the finding
-- unless it was reworded. Where a finding was raised twice, the link goes to the first problem; the later ones stay
-- on the list as they are.
INSERT INTO field_visit_problem (field_visit_id, organization_id, finding, problem_id)
SELECT DISTINCT ON (visit_id, organization_id, md5(description)) visit_id, organization_id, description, id
FROM (SELECT CAST(substring(source_ref FROM 13) AS BIGINT) AS visit_id, organization_id, description, id
      FROM problem WHERE source = 'INSPECTION' AND source_ref ~ '^field-visit:[0-9]{1,18}$') raised
ORDER BY visit_id, organization_id, md5(description), id;
