-- Test-only: the widgets of the HTTP convention tests (problems, ETags, idempotency, paging).
CREATE TABLE test_widget (
    id              uuid         PRIMARY KEY,
    organisation_id uuid         NOT NULL,
    -- Each test works in a batch of its own, so tests never see each other's rows.
    batch           varchar(64)  NOT NULL,
    name_en         varchar(200) NOT NULL,
    name_ru         varchar(200) NOT NULL,
    rank            integer      NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL
);

CREATE INDEX test_widget_batch_idx ON test_widget (batch);
