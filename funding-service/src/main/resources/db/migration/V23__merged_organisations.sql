-- The organisation a duplicate was merged into in the partner registry (org.sdghub.organisation.
-- merged.v1): the copy keeps the duplicate, archived, and says which organisation to name instead.
ALTER TABLE organisation_copy ADD COLUMN merged_into uuid;
