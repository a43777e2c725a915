-- Projects. The source of truth is `content` (the project as the domain holds it); `document` is
-- the project as the API reads it, rewritten on every change, so that a read is one row lookup and
-- a list one indexed query. The array and date columns repeat what the filters ask about, each
-- with an index that serves its filter; `title_en` and `search` are derived by PostgreSQL itself.

CREATE TABLE project (
    id                        uuid         PRIMARY KEY,
    iati_identifier           varchar(150) NOT NULL,
    -- An IATI activity identifier names one activity whatever its letter case.
    iati_identifier_key       varchar(150) NOT NULL,
    reporting_organisation_id uuid         NOT NULL,
    status                    varchar(20)  NOT NULL,
    planned_start             date         NOT NULL,
    -- When the project runs: actual dates where known, else planned; a null end is open.
    active_start              date         NOT NULL,
    active_end                date,
    active_period             daterange    GENERATED ALWAYS AS
                                  (daterange(active_start, active_end, '[]')) STORED,
    countries                 text[]       NOT NULL,
    admin_areas               text[]       NOT NULL,
    sdg_targets               text[]       NOT NULL,
    sdg_goals                 integer[]    NOT NULL,
    -- "<organisation id>" and "<organisation id>:<role>" for each participant and the reporting
    -- organisation (role "reporting"): one GIN lookup answers organisation=…&role=….
    organisation_roles        text[]       NOT NULL,
    content                   jsonb        NOT NULL,
    document                  jsonb        NOT NULL,
    title_en                  text         GENERATED ALWAYS AS (document -> 'title' ->> 'en') STORED,
    -- Titles and descriptions in every language, stemmed in English and Russian, and as written.
    search                    tsvector     GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, coalesce(document -> 'title', '{}'::jsonb))
        || to_tsvector('english'::regconfig, coalesce(document -> 'description', '{}'::jsonb))
        || to_tsvector('russian'::regconfig, coalesce(document -> 'title', '{}'::jsonb))
        || to_tsvector('russian'::regconfig, coalesce(document -> 'description', '{}'::jsonb))
        || to_tsvector('simple'::regconfig, coalesce(document -> 'title', '{}'::jsonb))
        || to_tsvector('simple'::regconfig, coalesce(document -> 'description', '{}'::jsonb))
    ) STORED,
    version                   bigint       NOT NULL,
    created_at                timestamptz  NOT NULL,
    updated_at                timestamptz  NOT NULL,
    CONSTRAINT project_iati_identifier_key_unique UNIQUE (iati_identifier_key),
    CONSTRAINT project_status_known CHECK (status IN ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION',
        'CLOSED', 'CANCELLED', 'SUSPENDED')),
    CONSTRAINT project_active_period_ordered CHECK (active_end IS NULL OR active_end >= active_start)
) WITH (toast_tuple_target = 256);

-- The two JSON documents live out of line (TOAST, uncompressed), so that the heap holds only what
-- the filters and sorts read: at 100 000 projects it is a sixth of the size, and a count or a
-- filtered scan reads a sixth of the pages. A read by id fetches its document from TOAST, which
-- costs no extra round trip.
ALTER TABLE project
    ALTER COLUMN content SET STORAGE EXTERNAL,
    ALTER COLUMN document SET STORAGE EXTERNAL;

CREATE INDEX project_countries_idx ON project USING gin (countries);
CREATE INDEX project_admin_areas_idx ON project USING gin (admin_areas);
CREATE INDEX project_sdg_targets_idx ON project USING gin (sdg_targets);
CREATE INDEX project_sdg_goals_idx ON project USING gin (sdg_goals);
CREATE INDEX project_organisation_roles_idx ON project USING gin (organisation_roles);
CREATE INDEX project_search_idx ON project USING gin (search);
CREATE INDEX project_active_period_idx ON project USING gist (active_period);
CREATE INDEX project_status_idx ON project (status, id);
-- Sort orders of the list; the id breaks ties the way the API orders them.
CREATE INDEX project_updated_at_idx ON project (updated_at, id);
CREATE INDEX project_created_at_idx ON project (created_at, id);
CREATE INDEX project_title_en_idx ON project (title_en, id);
CREATE INDEX project_planned_start_idx ON project (planned_start, id);

-- One row per version of a project, written in the transaction of the change: who (the caller's
-- organisation and roles), which event, and each changed field with its old and new value. Kept
-- when a project is deleted, for audit.
CREATE TABLE project_history (
    id              uuid         PRIMARY KEY,
    project_id      uuid         NOT NULL,
    version         bigint       NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    organisation_id uuid         NOT NULL,
    roles           text[]       NOT NULL,
    event_type      varchar(100) NOT NULL,
    reason          varchar(1000),
    changes         jsonb        NOT NULL,
    CONSTRAINT project_history_version_unique UNIQUE (project_id, version)
);
