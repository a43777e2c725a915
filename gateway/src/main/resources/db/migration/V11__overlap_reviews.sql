-- A coordinator's verdict on a pair of overlapping projects (project_a < project_b). It holds while
-- the pair's reasons are the ones reviewed: reasons_fingerprint is their digest at review time.
CREATE TABLE overlap_review (
    project_a           uuid        NOT NULL,
    project_b           uuid        NOT NULL,
    verdict             text        NOT NULL CHECK (verdict IN ('complementary', 'duplicate')),
    note                text        CHECK (length(note) <= 2000),
    reasons_fingerprint text        NOT NULL,
    reviewed_by         text        NOT NULL,
    reviewed_at         timestamptz NOT NULL,
    PRIMARY KEY (project_a, project_b),
    CHECK (project_a < project_b)
);
