-- Budgets per period (IATI budget) beside the total: projects stored before have none, and keep
-- their total as given. Amounts now carry exactly their currency's decimals (ISO 4217: JPY 0,
-- KZT 2, KWD 3), so that a replace of an unchanged budget stays unchanged: a stored total in a
-- currency without decimals, or with three, is rewritten to that many when that changes nothing
-- of its value (one with more decimals than its currency has is left, and refused at its next
-- change until corrected). Versions do not change: the values are the same.
CREATE FUNCTION pg_temp.decimals(currency text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF',
                          'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 0
        WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 3
        ELSE 2 END
$$;

UPDATE project
SET content = content || jsonb_build_object('budgets', '[]'::jsonb),
    document = document || jsonb_build_object('budgets', '[]'::jsonb)
WHERE NOT (content ? 'budgets');

UPDATE project p
SET content = jsonb_set(p.content, '{budget,amount}',
                        to_jsonb(round((p.content #>> '{budget,amount}')::numeric, d.places))),
    document = jsonb_set(p.document, '{budget,amount}',
                         to_jsonb(round((p.document #>> '{budget,amount}')::numeric, d.places)::text))
FROM (SELECT id, pg_temp.decimals(content #>> '{budget,currency}') AS places FROM project) d
WHERE d.id = p.id
  AND jsonb_typeof(p.content -> 'budget') = 'object'
  AND d.places <> 2
  AND round((p.content #>> '{budget,amount}')::numeric, d.places)
      = (p.content #>> '{budget,amount}')::numeric;
