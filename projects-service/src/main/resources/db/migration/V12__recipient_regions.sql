-- Recipient regions (IATI Region) of regional programmes, beside recipient countries, which may now
-- be beyond the six: projects stored before have none. Versions do not change.
UPDATE project
SET content = content || jsonb_build_object('recipientRegions', '[]'::jsonb),
    document = document || jsonb_build_object('recipientRegions', '[]'::jsonb)
WHERE NOT (content ? 'recipientRegions');
