-- The organisation whose caller recorded each transaction (the actor of its first version). A
-- funding listing of a project is confirmed by a transaction its donor recorded itself, so the
-- events carry it. Transactions recorded before are given the actor of their first revision.
ALTER TABLE funding_transaction ADD COLUMN recorded_by uuid;

UPDATE funding_transaction t
SET recorded_by = r.actor_org_id
FROM transaction_revision r
WHERE r.transaction_id = t.id
  AND r.version = (SELECT min(version) FROM transaction_revision WHERE transaction_id = t.id);
