-- Each row's participation carries its organisation's answer to the listing (confirmed or
-- unconfirmed; a declined listing has no rows, as it is not that organisation's work). Null on rows
-- derived before projects' events carried answers: the next event of the project, or a rebuild,
-- fills it in.
ALTER TABLE www_row ADD COLUMN confirmation text;
