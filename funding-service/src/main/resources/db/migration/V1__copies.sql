-- What funding-service knows of other services' aggregates, kept from their events (never their
-- databases): the organisations of the partner registry and the projects.
CREATE TABLE organisation_copy (
    id          uuid PRIMARY KEY,
    names       jsonb       NOT NULL,
    kind        text        NOT NULL,
    type        text        NOT NULL,
    archived    boolean     NOT NULL,
    version     bigint      NOT NULL,
    received_at timestamptz NOT NULL
);

CREATE TABLE project_copy (
    id                 uuid PRIMARY KEY,
    reporting_org_id   uuid        NOT NULL,
    status             text        NOT NULL,
    deleted            boolean     NOT NULL,
    budget_amount      numeric(24, 4),
    budget_currency    char(3),
    planned_start      date,
    planned_end        date,
    actual_start       date,
    actual_end         date,
    -- [{"country": "KZ", "percentage": 60}]
    recipient_countries jsonb      NOT NULL,
    sdg_targets        jsonb       NOT NULL,
    sdg_goals          jsonb       NOT NULL,
    -- [{"organisationId": "…", "role": "funding"}]
    participants       jsonb       NOT NULL,
    version            bigint      NOT NULL,
    received_at        timestamptz NOT NULL
);
