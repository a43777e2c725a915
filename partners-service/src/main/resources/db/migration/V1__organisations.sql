-- The registry of organisations and their contacts. Names, aliases and codes are kept as given;
-- the *_key columns and organisation_name_key hold their normalised forms (lower case, no accents
-- or punctuation, Cyrillic romanised) so that finding a likely duplicate is an indexed lookup.

CREATE TABLE organisation (
    id                   uuid         PRIMARY KEY,
    identifier           varchar(150) NOT NULL,
    -- An IATI identifier names one organisation whatever its letter case.
    identifier_key       varchar(150) NOT NULL,
    name_en              varchar(300) NOT NULL,
    name_ru              varchar(300),
    name_kk              varchar(300),
    name_ky              varchar(300),
    name_tg              varchar(300),
    name_tk              varchar(300),
    name_uz              varchar(300),
    name_fa              varchar(300),
    name_ps              varchar(300),
    acronym              varchar(30),
    acronym_key          text,
    type                 varchar(2)   NOT NULL,
    kind                 varchar(40)  NOT NULL,
    headquarters_country char(2)      NOT NULL,
    website              varchar(500),
    status               varchar(10)  NOT NULL,
    version              bigint       NOT NULL,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CONSTRAINT organisation_identifier_key_unique UNIQUE (identifier_key),
    CONSTRAINT organisation_status_known CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    CONSTRAINT organisation_kind_known CHECK (kind IN ('UN_ENTITY', 'DONOR_GOVERNMENT',
        'DEVELOPMENT_BANK', 'NATIONAL_GOVERNMENT', 'NGO', 'PRIVATE_SECTOR', 'ACADEMIC',
        'FOUNDATION'))
);

CREATE INDEX organisation_acronym_country_idx ON organisation (acronym_key, headquarters_country);
-- Incremental sync reads by updated_at; the id breaks ties the way the API orders them.
CREATE INDEX organisation_updated_at_idx ON organisation (updated_at, id);
CREATE INDEX organisation_headquarters_country_idx ON organisation (headquarters_country);

CREATE TABLE organisation_country (
    organisation_id uuid    NOT NULL REFERENCES organisation (id),
    country         char(2) NOT NULL,
    PRIMARY KEY (organisation_id, country)
);

CREATE INDEX organisation_country_country_idx ON organisation_country (country);

CREATE TABLE organisation_alias (
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    position        integer      NOT NULL,
    alias           varchar(300) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);

-- One row per name (each language) and alias of an organisation: where it comes from, as an API
-- field path (name.ru, aliases[0]), and its normalised form.
CREATE TABLE organisation_name_key (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    source          varchar(20) NOT NULL,
    name_key        text        NOT NULL,
    PRIMARY KEY (organisation_id, source)
);

CREATE INDEX organisation_name_key_idx ON organisation_name_key (name_key);

-- Pairs that look alike but that a coordinator declared to be different organisations, stored in
-- both directions: they no longer block changes nor appear among the likely duplicates.
CREATE TABLE organisation_distinct_pair (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    other_id        uuid        NOT NULL REFERENCES organisation (id),
    declared_by     uuid        NOT NULL,
    declared_at     timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, other_id),
    CONSTRAINT organisation_distinct_pair_not_self CHECK (organisation_id <> other_id)
);

-- Personal data: never published in events, visible to coordinators and the organisation itself.
CREATE TABLE organisation_contact (
    id              uuid         PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    name            varchar(200) NOT NULL,
    position        varchar(200),
    email           varchar(254),
    phone           varchar(40),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE INDEX organisation_contact_organisation_idx ON organisation_contact (organisation_id);
