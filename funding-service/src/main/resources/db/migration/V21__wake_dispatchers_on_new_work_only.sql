-- The dispatchers were woken by every change of a message's state, the outcome of each attempt
-- included, so that every delivery made every instance look at the queue again. Wake them only for
-- new work: a message queued, or put back in the queue (a redelivery). An outcome needs no wake-up:
-- the dispatcher that recorded it looks again at once, and retries wait for their time.
DROP TRIGGER webhook_message_queued ON webhook_message;

CREATE TRIGGER webhook_message_queued
    AFTER INSERT ON webhook_message
    FOR EACH STATEMENT EXECUTE FUNCTION webhook_message_queued();

CREATE FUNCTION webhook_message_requeued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Notifications with the same channel and payload are sent once per transaction.
    PERFORM pg_notify('sdghub_webhooks', '');
    RETURN NULL;
END $$;

CREATE TRIGGER webhook_message_requeued
    AFTER UPDATE OF state ON webhook_message
    FOR EACH ROW
    WHEN (NEW.state = 'pending' AND OLD.state IS DISTINCT FROM 'pending')
    EXECUTE FUNCTION webhook_message_requeued();
