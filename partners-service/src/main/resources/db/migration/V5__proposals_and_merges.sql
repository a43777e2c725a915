-- Organisations a partner proposed (not yet confirmed by a coordinator) carry the proposing
-- partner's organisation; confirmation clears it. Coordinators review the open ones oldest first.
ALTER TABLE organisation ADD COLUMN proposed_by uuid;
CREATE INDEX organisation_open_proposal_idx ON organisation (created_at, id)
    WHERE proposed_by IS NOT NULL AND status = 'ACTIVE';
CREATE INDEX organisation_proposed_by_idx ON organisation (proposed_by)
    WHERE proposed_by IS NOT NULL;

-- A duplicate merged into another organisation is archived and points to the survivor, so that old
-- references resolve; the survivor keeps the duplicate's IATI identifiers as former ones.
ALTER TABLE organisation ADD COLUMN merged_into uuid REFERENCES organisation (id);
ALTER TABLE organisation ADD CONSTRAINT organisation_merged_is_archived
    CHECK (merged_into IS NULL OR status = 'ARCHIVED');
ALTER TABLE organisation ADD CONSTRAINT organisation_not_merged_into_itself
    CHECK (merged_into <> id);
CREATE INDEX organisation_merged_into_idx ON organisation (merged_into)
    WHERE merged_into IS NOT NULL;

CREATE TABLE organisation_former_identifier (
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    position        integer      NOT NULL,
    identifier      varchar(150) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);

-- Who merged what into what, and why: one row per merged duplicate.
CREATE TABLE organisation_merge (
    duplicate_id uuid          PRIMARY KEY REFERENCES organisation (id),
    survivor_id  uuid          NOT NULL REFERENCES organisation (id),
    reason       varchar(1000) NOT NULL,
    merged_by    uuid          NOT NULL,
    merged_at    timestamptz   NOT NULL
);

CREATE INDEX organisation_merge_survivor_idx ON organisation_merge (survivor_id);
