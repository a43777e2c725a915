-- Money in the who-what-where read model, from funding-service's events (sdghub.funding.v1): the
-- current state of every funding transaction and exchange rate, as their last applied event carried
-- it. A project's committed and disbursed USD are worked out from its transactions (see README,
-- "Money"); its budget is converted with the rates held here.

-- Transactions as funding-service's last applied event described them; withdrawn ones stay (status
-- 'withdrawn') so that an older event cannot bring them back. No foreign key to www_project: a
-- transaction may arrive before its project, and counts once the project does.
CREATE TABLE www_transaction (
    id                       uuid        PRIMARY KEY,
    version                  bigint      NOT NULL,
    project_id               uuid        NOT NULL,
    type_code                text        NOT NULL,
    status                   text        NOT NULL CHECK (status IN ('active', 'withdrawn')),
    provider_organisation_id uuid        NOT NULL,
    receiver_organisation_id uuid        NOT NULL,
    amount                   numeric     NOT NULL,
    currency                 text        NOT NULL,
    value_date               date        NOT NULL,
    usd_amount               numeric     NOT NULL,
    usd_rate                 numeric     NOT NULL,
    usd_rate_date            date        NOT NULL,
    usd_rate_source          text        NOT NULL,
    updated_at               timestamptz NOT NULL
);

CREATE INDEX www_transaction_project ON www_transaction (project_id);

-- Exchange rates as funding-service publishes them: units of the currency per US dollar on a date.
CREATE TABLE www_exchange_rate (
    currency      text        NOT NULL,
    date          date        NOT NULL,
    id            uuid        NOT NULL,
    version       bigint      NOT NULL,
    units_per_usd numeric     NOT NULL CHECK (units_per_usd > 0),
    source        text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (currency, date)
);

-- The date a budget is converted at (the planned start, else the actual start, as funding-service
-- does) and the rate that converted it; all null while no rate is held for it.
ALTER TABLE www_project
    ADD COLUMN budget_date        date,
    ADD COLUMN budget_rate        numeric,
    ADD COLUMN budget_rate_date   date,
    ADD COLUMN budget_rate_source text;

CREATE INDEX www_project_budget_currency ON www_project (budget_currency, budget_date);

-- A project with no transaction held has committed and disbursed 0 (as funding-service reports it),
-- not unknown. Budgets in other currencies than USD get their date and rate with the project's next
-- event, or at once with a rebuild (POST /api/v1/who-what-where/rebuild).
UPDATE www_project SET committed_usd = 0, disbursed_usd = 0 WHERE committed_usd IS NULL;
UPDATE www_row SET committed_usd = 0, disbursed_usd = 0 WHERE committed_usd IS NULL;
