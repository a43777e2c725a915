-- Donor systems' webhook subscriptions, the messages queued for each, and every delivery attempt.

CREATE TABLE webhook_subscription (
    id                          uuid PRIMARY KEY,
    organisation_id             uuid        NOT NULL,
    url                         text        NOT NULL,
    description                 text,
    event_types                 text[]      NOT NULL,
    project_ids                 uuid[]      NOT NULL DEFAULT '{}',
    countries                   text[]      NOT NULL DEFAULT '{}',
    sdg_goals                   integer[]   NOT NULL DEFAULT '{}',
    -- Sealed (AES-GCM with sdghub.webhooks.secret-key) so that the service can sign with them.
    secret                      text        NOT NULL,
    previous_secret             text,
    previous_secret_expires_at  timestamptz,
    enabled                     boolean     NOT NULL DEFAULT true,
    disabled_at                 timestamptz,
    disabled_reason             text,
    last_status                 integer,
    last_error                  text,
    last_attempt_at             timestamptz,
    last_success_at             timestamptz,
    failing_since               timestamptz,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL
);

CREATE INDEX webhook_subscription_organisation ON webhook_subscription (organisation_id);
CREATE INDEX webhook_subscription_enabled_types ON webhook_subscription USING gin (event_types)
    WHERE enabled;

CREATE TABLE webhook_message (
    id               uuid PRIMARY KEY,
    -- Commit order within the table: a message waits for earlier ones of its queue.
    seq              bigserial   NOT NULL UNIQUE,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid        NOT NULL,
    webhook_id       text        NOT NULL,
    event_type       text        NOT NULL,
    -- The project (or other aggregate) whose messages must arrive in order.
    ordering_key     text        NOT NULL,
    body             text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,
    leased_by        text,
    last_status      integer,
    last_error       text,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (subscription_id, event_id)
);

CREATE INDEX webhook_message_due ON webhook_message (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_message_queue ON webhook_message (subscription_id, ordering_key, seq)
    WHERE state = 'pending';
CREATE INDEX webhook_message_subscription ON webhook_message (subscription_id, created_at);

CREATE TABLE webhook_attempt (
    id                bigserial PRIMARY KEY,
    message_id        uuid        NOT NULL REFERENCES webhook_message (id) ON DELETE CASCADE,
    subscription_id   uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    webhook_id        text        NOT NULL,
    attempt           integer     NOT NULL,
    attempted_at      timestamptz NOT NULL,
    status            integer,
    duration_ms       integer     NOT NULL,
    response_excerpt  text,
    error             text
);

CREATE INDEX webhook_attempt_subscription ON webhook_attempt (subscription_id, id);

-- Wakes the dispatchers of every instance once a transaction that queued messages commits
-- (PostgreSQL delivers notifications on commit only).
CREATE FUNCTION webhook_message_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sdghub_webhooks', '');
    RETURN NULL;
END $$;

CREATE TRIGGER webhook_message_queued
    AFTER INSERT OR UPDATE OF state, next_attempt_at ON webhook_message
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_message_queued();
