-- Each change is now routed by one INSERT … SELECT over the subscriptions, which runs whether or
-- not a subscription matches; a statement trigger fires even when it inserted nothing. Notify only
-- when the statement queued a message, so that changes nobody asked for wake no dispatcher (and
-- take no part in the commit-time serialisation of notifying transactions).
DROP TRIGGER webhook_message_queued ON webhook_message;

CREATE OR REPLACE FUNCTION webhook_message_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM queued) THEN
        PERFORM pg_notify('sdghub_webhooks', '');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER webhook_message_queued
    AFTER INSERT ON webhook_message
    REFERENCING NEW TABLE AS queued
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_message_queued();
