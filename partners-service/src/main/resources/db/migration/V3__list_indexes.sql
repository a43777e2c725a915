-- Lists are mostly filtered by kind and sorted by English name (the id breaks ties): with these an
-- index walk in name order stops once a page is full, instead of sorting every match.
CREATE INDEX organisation_kind_name_idx ON organisation (kind, name_en, id);
CREATE INDEX organisation_name_idx ON organisation (name_en, id);
