-- The first response to each POST that carried an Idempotency-Key, replayed to retries of it.
-- A row is written in the same transaction as the work the response reports; only successful
-- (status < 400) responses are stored. Keys are scoped to the caller's organisation.
CREATE TABLE idempotency_key (
    organisation_id  uuid         NOT NULL,
    idempotency_key  varchar(255) NOT NULL,
    -- SHA-256 of method, path with query, and body: the same key with another request is refused.
    request_hash     bytea        NOT NULL,
    response_status  smallint     NOT NULL,
    -- The headers that describe the result (Location, ETag, Content-Type…), name -> values.
    response_headers jsonb        NOT NULL,
    response_body    bytea        NOT NULL,
    created_at       timestamptz  NOT NULL,
    -- Ignored once past, deleted by a periodic purge.
    expires_at       timestamptz  NOT NULL,
    PRIMARY KEY (organisation_id, idempotency_key)
);

CREATE INDEX idempotency_key_expires_at_idx ON idempotency_key (expires_at);
