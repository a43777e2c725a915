-- The transactional outbox: each row is one CloudEvent, written in the same transaction as the
-- state change it reports, published to Kafka by the relay, and purged some days after it was sent.
CREATE TABLE outbox (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    aggregate_id text        NOT NULL,
    type         text        NOT NULL,
    topic        text        NOT NULL,
    sequence     bigint      NOT NULL,
    -- The exact structured-mode CloudEvent to publish: text, not jsonb, keeps it byte for byte.
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz
);

-- The relay reads its topic's unsent rows in id order.
CREATE INDEX outbox_unsent ON outbox (topic, id) WHERE sent_at IS NULL;
-- The purge finds rows sent long ago.
CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Wakes the relays when a transaction that wrote rows commits (PostgreSQL delivers notifications on
-- commit, once per transaction and channel).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sdghub_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_inserted
    AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
