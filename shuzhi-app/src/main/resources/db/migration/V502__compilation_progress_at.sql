-- When a background analysis last moved: one that stops moving (its node went away) is reported as FAILED.
ALTER TABLE compilation ADD COLUMN progress_at TIMESTAMPTZ;
