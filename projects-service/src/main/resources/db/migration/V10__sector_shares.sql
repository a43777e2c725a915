-- Sectors of any IATI vocabulary with their percentages, beside the DAC 5-digit codes: projects
-- stored before have none (their sectors stay as given). Versions do not change.
UPDATE project
SET content = content || jsonb_build_object('sectorShares', '[]'::jsonb),
    document = document || jsonb_build_object('sectorShares', '[]'::jsonb)
WHERE NOT (content ? 'sectorShares');
