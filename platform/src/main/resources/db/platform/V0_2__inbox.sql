-- The idempotent inbox: the ids of the events a service has received, each aggregate's last applied
-- sequence, and the messages it gave up on.

-- One row per event id (unique within its source); kept for a while, then purged.
CREATE TABLE inbox_event (
    source      text        NOT NULL,
    event_id    text        NOT NULL,
    type        text        NOT NULL,
    subject     text        NOT NULL,
    sequence    bigint      NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('applied', 'stale', 'unknown-type')),
    -- How many times it was delivered; the second and later deliveries changed nothing.
    deliveries  integer     NOT NULL DEFAULT 1,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, event_id)
);

CREATE INDEX inbox_event_received_at ON inbox_event (received_at);

-- The last applied sequence of each aggregate of each source: an event not newer is ignored.
CREATE TABLE inbox_aggregate (
    source     text        NOT NULL,
    subject    text        NOT NULL,
    sequence   bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, subject)
);

-- Messages that kept failing, kept as received for operators to inspect and replay. The CloudEvent
-- attributes are null when the message could not be read as one.
CREATE TABLE dead_letter (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        text,
    type            text,
    source          text,
    subject         text,
    topic           text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    payload         bytea       NOT NULL,
    error           text        NOT NULL,
    attempts        integer     NOT NULL,
    parked_at       timestamptz NOT NULL DEFAULT now()
);
