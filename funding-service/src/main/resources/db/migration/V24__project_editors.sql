-- The organisations a project's reporting organisation named as editors (projects-service): like
-- the reporter, they record the project's incoming funds and expenditure. Being listed as a
-- participant, accountable included, grants no such right. Copies of projects received before
-- have none until the project's next event.
ALTER TABLE project_copy ADD COLUMN editors jsonb NOT NULL DEFAULT '[]'::jsonb;
