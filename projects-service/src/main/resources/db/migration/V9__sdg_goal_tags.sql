-- SDG goals tagged without one of their targets (IATI's goal-level tagging): projects stored before
-- have none. Versions do not change.
UPDATE project
SET content = content || jsonb_build_object('sdgGoalTags', '[]'::jsonb),
    document = document || jsonb_build_object('sdgGoalTags', '[]'::jsonb)
WHERE NOT (content ? 'sdgGoalTags');
