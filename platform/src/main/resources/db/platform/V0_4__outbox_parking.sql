-- Rows that Kafka will never accept (too large, say) are parked instead of blocking the rows behind
-- them: the relay counts the attempts that failed for a reason of the row itself, and after the
-- last one sets parked_at. A parked row is kept, unsent, until an operator replays it (which clears
-- parked_at and attempts) or leaves it; the purge only deletes sent rows.
ALTER TABLE outbox
    ADD COLUMN attempts   integer     NOT NULL DEFAULT 0,
    ADD COLUMN last_error text,
    ADD COLUMN parked_at  timestamptz;

-- The relay reads its topic's unsent rows that are not parked, in id order.
DROP INDEX outbox_unsent;
CREATE INDEX outbox_unsent ON outbox (topic, id) WHERE sent_at IS NULL AND parked_at IS NULL;
-- Operators list the parked rows, oldest first.
CREATE INDEX outbox_parked ON outbox (id) WHERE parked_at IS NOT NULL;
