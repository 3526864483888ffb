-- MEMBER warnings over the registry's recruitment records (facts from warning.RegistryFacts).
-- A probationary member past the probation without conversion: YELLOW; any recruitment rule broken: BLUE.
INSERT INTO warning_rule (code, subject_type, fact, operator, threshold, color) VALUES
    ('member-probation-overdue', 'MEMBER', 'PROBATION_OVERDUE_DAYS', '>', 0, 'YELLOW'),
    ('member-recruitment-violation', 'MEMBER', 'RECRUITMENT_VIOLATIONS', '>=', 1, 'BLUE');
