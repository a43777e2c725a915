-- projects-service's events may carry no IATI identifier: a reporting organisation without an IATI
-- organisation identifier may report a project without one.
ALTER TABLE www_project ALTER COLUMN iati_identifier DROP NOT NULL;
