-- Units of a currency per US dollar on a date, as coordinators load them.
CREATE TABLE exchange_rate (
    id            uuid PRIMARY KEY,
    currency      char(3)        NOT NULL,
    rate_date     date           NOT NULL,
    units_per_usd numeric(30, 10) NOT NULL CHECK (units_per_usd > 0),
    source        text           NOT NULL,
    version       bigint         NOT NULL,
    updated_at    timestamptz    NOT NULL,
    CONSTRAINT exchange_rate_currency_date UNIQUE (currency, rate_date)
);
