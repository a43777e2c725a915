-- The local copy of partners-service's organisation registry, kept current from its events
-- (org.sdghub.organisation.created/updated/archived.v1): enough to check and show the
-- participating organisations of a project. Only the inbox consumer writes it.
CREATE TABLE known_organisation (
    id                   uuid        PRIMARY KEY,
    -- The IATI organisation identifier; null when the organisation has none. Not unique here: the
    -- registry enforces that, and events of two organisations may arrive in either order, so an
    -- identifier moved from one to the other can briefly appear twice in the copy.
    identifier           text,
    -- Names by language code; "en" always present.
    names                jsonb       NOT NULL,
    acronym              text,
    -- IATI OrganisationType code.
    type                 varchar(2)  NOT NULL,
    -- The registry's coarse grouping (un-entity, donor-government, ngo…).
    kind                 text        NOT NULL,
    headquarters_country char(2),
    -- An archived organisation stays referenced by projects but cannot be newly added to one.
    archived             boolean     NOT NULL,
    -- The registry's version of the organisation, the sequence of the last event applied.
    version              bigint      NOT NULL,
    -- When the registry last changed it, and when this copy last applied a change.
    updated_at           timestamptz NOT NULL,
    received_at          timestamptz NOT NULL,
    CONSTRAINT known_organisation_names_has_en CHECK (names ->> 'en' IS NOT NULL)
);
