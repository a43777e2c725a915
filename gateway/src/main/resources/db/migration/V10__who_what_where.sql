-- The who-what-where read model: the current state of every organisation and project as their
-- events carried it, and the rows derived from them. Kept by the inbox handlers; rebuilt from the
-- topics by a coordinator (see README, "Who-what-where").

-- Organisations as partners-service's last applied event described them.
CREATE TABLE www_organisation (
    id          uuid        PRIMARY KEY,
    version     bigint      NOT NULL,
    name_en     text        NOT NULL,
    names       jsonb       NOT NULL,
    acronym     text,
    type        text        NOT NULL,
    kind        text        NOT NULL,
    archived    boolean     NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Projects as projects-service's last applied event described them; a deleted project stays as a
-- tombstone (deleted = true, no rows) so that an older event cannot bring it back.
CREATE TABLE www_project (
    id              uuid        PRIMARY KEY,
    version         bigint      NOT NULL,
    deleted         boolean     NOT NULL,
    iati_identifier text        NOT NULL,
    reporting_organisation_id uuid NOT NULL,
    title           jsonb       NOT NULL,
    status          text        NOT NULL,
    start_date      date,
    end_date        date,
    budget_amount   numeric,
    budget_currency text,
    -- Null unless the budget is in USD: the gateway converts no currency itself.
    budget_usd      numeric,
    -- Null until funding-service's transaction events are applied (see README).
    committed_usd   numeric,
    disbursed_usd   numeric,
    updated_at      timestamptz NOT NULL
);

-- One row per project x place (a location, or the country for a recipient country without one) x
-- SDG target x participating organisation and role. Money columns are the project's amounts times
-- the place's recipient-country share: equal on every row of one project and country.
CREATE TABLE www_row (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      uuid        NOT NULL REFERENCES www_project (id) ON DELETE CASCADE,
    country         text        NOT NULL,
    admin_area      text,
    location_name   text,
    lat             double precision,
    lon             double precision,
    sdg_goal        integer,
    sdg_target      text,
    organisation_id uuid,
    role            text,
    status          text        NOT NULL,
    start_date      date,
    end_date        date,
    country_share   numeric     NOT NULL,
    budget_usd      numeric,
    committed_usd   numeric,
    disbursed_usd   numeric
);

CREATE INDEX www_row_project ON www_row (project_id);
CREATE INDEX www_row_country_goal ON www_row (country, sdg_goal);
CREATE INDEX www_row_area_target ON www_row (admin_area, sdg_target);
CREATE INDEX www_row_organisation ON www_row (organisation_id);

-- How current the read model is, per topic: the time of the last applied event.
CREATE TABLE read_model_position (
    topic           text        PRIMARY KEY,
    last_event_time timestamptz NOT NULL,
    last_applied_at timestamptz NOT NULL,
    applied_events  bigint      NOT NULL
);

-- The public events of all services in the order the gateway applied them, for GET /api/v1/events.
-- Appended by the inbox handlers in the inbox's transaction, one writer at a time (an advisory
-- lock), so that ids commit in order and a reader resuming after an id misses none.
CREATE TABLE change_feed (
    id              bigint      PRIMARY KEY,
    event_id        text        NOT NULL,
    source          text        NOT NULL,
    type            text        NOT NULL,
    subject         text        NOT NULL,
    time            timestamptz NOT NULL,
    data            jsonb       NOT NULL,
    countries       text[]      NOT NULL,
    admin_areas     text[]      NOT NULL,
    sdg_goals       integer[]   NOT NULL,
    sdg_targets     text[]      NOT NULL,
    organisations   uuid[]      NOT NULL,
    statuses        text[]      NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source, event_id)
);

CREATE INDEX change_feed_recorded_at ON change_feed (recorded_at);
