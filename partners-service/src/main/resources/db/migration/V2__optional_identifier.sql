-- Many national bodies and NGOs have no IATI organisation identifier. One is still unique when
-- present (a UNIQUE constraint lets any number of rows be NULL); without one, duplicate detection
-- relies on names, aliases and acronym + country.
ALTER TABLE organisation ALTER COLUMN identifier DROP NOT NULL;
ALTER TABLE organisation ALTER COLUMN identifier_key DROP NOT NULL;
