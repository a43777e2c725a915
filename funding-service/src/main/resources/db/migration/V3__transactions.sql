-- Funding transactions (IATI), each also in USD with the rate that converted it; never deleted.
CREATE TABLE funding_transaction (
    id               uuid PRIMARY KEY,
    project_id       uuid           NOT NULL,
    type_code        text           NOT NULL,
    provider_id      uuid           NOT NULL,
    receiver_id      uuid           NOT NULL,
    amount           numeric(24, 4) NOT NULL,
    currency         char(3)        NOT NULL,
    value_date       date           NOT NULL,
    transaction_date date           NOT NULL,
    description      jsonb,
    finance_type     text,
    aid_type         text,
    flow_type        text,
    usd_amount       numeric(24, 4) NOT NULL,
    rate             numeric(30, 10) NOT NULL,
    rate_date        date           NOT NULL,
    rate_source      text           NOT NULL,
    withdrawn        boolean        NOT NULL,
    version          bigint         NOT NULL,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL
);
CREATE INDEX funding_transaction_project ON funding_transaction (project_id);
CREATE INDEX funding_transaction_provider ON funding_transaction (provider_id);
CREATE INDEX funding_transaction_receiver ON funding_transaction (receiver_id);
CREATE INDEX funding_transaction_rate ON funding_transaction (currency, rate_date);

-- Every version of every transaction, with who made it and why.
CREATE TABLE transaction_revision (
    id             uuid PRIMARY KEY,
    transaction_id uuid        NOT NULL REFERENCES funding_transaction (id),
    version        bigint      NOT NULL,
    change         text        NOT NULL,
    actor_org_id   uuid        NOT NULL,
    actor_roles    text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    state          jsonb       NOT NULL,
    CONSTRAINT transaction_revision_version UNIQUE (transaction_id, version)
);
