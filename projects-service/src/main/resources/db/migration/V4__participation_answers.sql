-- Who owns a project, and each listing's answer. The reporting organisation owns its project and may
-- name editors; every listing of another organisation is confirmed, unconfirmed or declined by that
-- organisation. Projects written before this: no editors; the reporting organisation's own listings
-- confirmed (its report says so), every other listing unconfirmed, as nobody was asked. `content`
-- names the states as the domain does (CONFIRMED), `document` as the API does (confirmed). Versions
-- do not change: nothing a client sent changed, and no event is owed, since consumers read a missing
-- answer as unconfirmed and the next change of each project publishes its answers.
CREATE FUNCTION pg_temp.answered(participants jsonb, reporting text, confirmed text, unconfirmed text)
    RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(
        jsonb_agg(
            p || jsonb_build_object(
                'confirmation',
                CASE WHEN p ->> 'organisationId' = reporting THEN confirmed ELSE unconfirmed END,
                'confirmationNote', NULL)
            ORDER BY ordinality),
        '[]'::jsonb)
    FROM jsonb_array_elements(participants) WITH ORDINALITY AS listing(p, ordinality)
$$;

UPDATE project
SET content = content
        || jsonb_build_object(
            'participatingOrganisations',
            pg_temp.answered(content -> 'participatingOrganisations',
                             content ->> 'reportingOrganisationId', 'CONFIRMED', 'UNCONFIRMED'),
            'editors', coalesce(content -> 'editors', '[]'::jsonb)),
    document = document
        || jsonb_build_object(
            'participatingOrganisations',
            pg_temp.answered(document -> 'participatingOrganisations',
                             document ->> 'reportingOrganisationId', 'confirmed', 'unconfirmed'),
            'editors', coalesce(document -> 'editors', '[]'::jsonb))
WHERE NOT (content ? 'editors');
