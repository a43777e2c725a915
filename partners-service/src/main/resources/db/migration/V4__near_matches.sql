-- Near matches: names are also kept as folded words (organisation_name_key.folded: romanised per
-- language, lower case, no accents or apostrophes, single spaces), scored with pg_trgm's
-- similarity() through a trigram index, and offered as possible duplicates.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE organisation_name_key ADD COLUMN folded text;
CREATE INDEX organisation_name_key_folded_trgm_idx
    ON organisation_name_key USING gin (folded gin_trgm_ops);

-- Two government bodies meet by name only within one country. The service derives the flag from
-- kind and IATI type on every write; this fills it for the rows already there.
ALTER TABLE organisation ADD COLUMN government_body boolean;
UPDATE organisation
   SET government_body = kind IN ('NATIONAL_GOVERNMENT', 'DONOR_GOVERNMENT')
                         OR type IN ('10', '11', '15');
ALTER TABLE organisation ALTER COLUMN government_body SET NOT NULL;

-- Under which version of the folding rules the keys of a row were computed: rows of an older one
-- (1 = before per-language romanisation) are re-keyed by the service when it starts.
ALTER TABLE organisation ADD COLUMN keys_version integer NOT NULL DEFAULT 1;
CREATE INDEX organisation_keys_version_idx ON organisation (keys_version);

-- The near matches found when an organisation was last written (or re-keyed), one row per pair of
-- close names in one direction: listing the possible duplicates reads them instead of scoring
-- every pair of names in the registry again.
CREATE TABLE organisation_near_match (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    other_id        uuid        NOT NULL REFERENCES organisation (id),
    field           varchar(20) NOT NULL,
    other_field     varchar(20) NOT NULL,
    score           real        NOT NULL,
    PRIMARY KEY (organisation_id, other_id, field, other_field),
    CONSTRAINT organisation_near_match_not_self CHECK (organisation_id <> other_id)
);

CREATE INDEX organisation_near_match_other_idx ON organisation_near_match (other_id);
