-- API keys: the secret itself is never stored, only its SHA-256; the prefix finds candidates.
CREATE TABLE api_key (
    id              uuid        PRIMARY KEY,
    organisation_id uuid        NOT NULL,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    roles           text[]      NOT NULL
        CHECK (cardinality(roles) > 0
               AND roles <@ ARRAY['coordinator', 'partner', 'donor', 'viewer']::text[]),
    prefix          text        NOT NULL,
    secret_hash     bytea       NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    -- Null: the gateway's default.
    requests_per_minute integer CHECK (requests_per_minute > 0),
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    revoked_at      timestamptz,
    revoked_by      text,
    version         bigint      NOT NULL
);

CREATE INDEX api_key_prefix ON api_key (prefix);
CREATE INDEX api_key_organisation ON api_key (organisation_id, created_at);

-- Rate limit buckets (Bucket4j's PostgreSQL layout), one row per API key, shared by all instances.
CREATE TABLE rate_limit_bucket (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
