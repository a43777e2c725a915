-- The platform's test application: a published aggregate and a consumer's copy of it.
CREATE TABLE event_test_thing (
    id      text   PRIMARY KEY,
    name    text   NOT NULL,
    version bigint NOT NULL
);

CREATE TABLE event_test_thing_mirror (
    id            text    PRIMARY KEY,
    name          text    NOT NULL,
    version       bigint  NOT NULL,
    applied_count integer NOT NULL
);
