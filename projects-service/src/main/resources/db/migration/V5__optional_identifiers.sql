-- A project's IATI identifier is optional when its reporting organisation has no IATI organisation
-- identifier (there is then no valid one to give). Unique as before where present: a unique
-- constraint lets any number of rows have none.
ALTER TABLE project
    ALTER COLUMN iati_identifier DROP NOT NULL,
    ALTER COLUMN iati_identifier_key DROP NOT NULL;

-- IATI forbids / & | ? in identifiers, and so do writes now. A stored identifier with any of them
-- gets a hyphen in its place, unless another project already has the result (then it is kept, and
-- a coordinator gives that project a new one through POST /projects/{id}/identifier). The
-- version does not change; the next change of the project publishes the new identifier.
WITH renamed AS (
    SELECT p.id, translate(p.iati_identifier, '/&|?', '----') AS identifier
    FROM project p
    WHERE p.iati_identifier ~ '[/&|?]'
)
UPDATE project p
SET iati_identifier = r.identifier,
    iati_identifier_key = upper(r.identifier),
    content = jsonb_set(p.content, '{iatiIdentifier}', to_jsonb(r.identifier)),
    document = jsonb_set(p.document, '{iatiIdentifier}', to_jsonb(r.identifier))
FROM renamed r
WHERE p.id = r.id
  AND NOT EXISTS (SELECT 1 FROM project o WHERE o.iati_identifier_key = upper(r.identifier))
  AND (SELECT count(*) FROM renamed twin WHERE upper(twin.identifier) = upper(r.identifier)) = 1;
