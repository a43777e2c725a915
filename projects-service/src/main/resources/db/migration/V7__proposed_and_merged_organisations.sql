-- The partner registry's proposals and merges, as its events carry them. A proposed organisation
-- (a partner proposed it, no coordinator has confirmed it yet) may be named only in projects its
-- proposer reports; a merged one was folded into another (merged_into), which the projects that
-- named it now name instead.
ALTER TABLE known_organisation
    ADD COLUMN proposed_by uuid,
    ADD COLUMN merged_into uuid;
