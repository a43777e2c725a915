-- Test-only: a date on the widgets, for the tests of dates in request bodies.
ALTER TABLE test_widget ADD COLUMN made_on date;
