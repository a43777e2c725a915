-- Kazakhstan's first-level areas took numeric ISO 3166-2 codes in 2020-2022 (KZ-KZY became KZ-43).
-- Former codes are still accepted on input and in filters, but stored and returned as the current
-- one, so that one region is never split in two. Projects stored under a former code are rewritten:
-- their locations (content and document) and the admin_areas filter column. The correspondence is
-- the one of reference/admin-areas.json (formerCodes); where a 2022 reform split a region, the
-- former code stands for the part that kept the name. Versions do not change: the area is the same
-- place, and the next change of each project publishes its current code.
CREATE TEMPORARY TABLE former_area_code (former text PRIMARY KEY, current text NOT NULL)
    ON COMMIT DROP;
INSERT INTO former_area_code (former, current) VALUES
    ('KZ-AKM', 'KZ-11'),
    ('KZ-AKT', 'KZ-15'),
    ('KZ-ALA', 'KZ-75'),
    ('KZ-ALM', 'KZ-19'),
    ('KZ-AST', 'KZ-71'),
    ('KZ-ATY', 'KZ-23'),
    ('KZ-KAR', 'KZ-35'),
    ('KZ-KUS', 'KZ-39'),
    ('KZ-KZY', 'KZ-43'),
    ('KZ-MAN', 'KZ-47'),
    ('KZ-PAV', 'KZ-55'),
    ('KZ-SEV', 'KZ-59'),
    ('KZ-SHY', 'KZ-79'),
    ('KZ-VOS', 'KZ-63'),
    ('KZ-YUZ', 'KZ-61'),
    ('KZ-ZAP', 'KZ-27'),
    ('KZ-ZHA', 'KZ-31');

CREATE FUNCTION pg_temp.current_areas(locations jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        jsonb_agg(
            CASE WHEN f.current IS NULL THEN l
                 ELSE jsonb_set(l, '{adminArea}', to_jsonb(f.current)) END
            ORDER BY ordinality),
        '[]'::jsonb)
    FROM jsonb_array_elements(locations) WITH ORDINALITY AS listed(l, ordinality)
    LEFT JOIN former_area_code f ON f.former = l ->> 'adminArea'
$$;

UPDATE project
SET content = jsonb_set(content, '{locations}', pg_temp.current_areas(content -> 'locations')),
    document = jsonb_set(document, '{locations}', pg_temp.current_areas(document -> 'locations')),
    admin_areas = ARRAY(
        SELECT DISTINCT ON (coalesce(f.current, a)) coalesce(f.current, a)
        FROM unnest(admin_areas) WITH ORDINALITY AS areas(a, ordinality)
        LEFT JOIN former_area_code f ON f.former = a
        ORDER BY coalesce(f.current, a))
WHERE admin_areas && ARRAY(SELECT former FROM former_area_code);
