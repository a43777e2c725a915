-- Results as IATI 2.03 has them: type, measure, direction, further (disaggregated) baselines and
-- periods with targets and actuals. Results stored before have none of these: null and empty
-- lists, in content and document alike. Versions do not change.
CREATE FUNCTION pg_temp.detailed(results jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(
        jsonb_agg(
            jsonb_build_object('type', NULL, 'measure', NULL, 'ascending', NULL,
                               'baselines', '[]'::jsonb, 'periods', '[]'::jsonb) || r
            ORDER BY ordinality),
        '[]'::jsonb)
    FROM jsonb_array_elements(results) WITH ORDINALITY AS listed(r, ordinality)
$$;

UPDATE project
SET content = jsonb_set(content, '{results}', pg_temp.detailed(content -> 'results')),
    document = jsonb_set(document, '{results}', pg_temp.detailed(document -> 'results'))
WHERE jsonb_typeof(content -> 'results') = 'array'
  AND jsonb_array_length(content -> 'results') > 0;
