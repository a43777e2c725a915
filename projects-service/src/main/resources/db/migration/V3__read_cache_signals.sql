-- Every instance keeps recently read projects and the whole organisation copy in memory. These
-- triggers tell all instances, at commit (PostgreSQL delivers NOTIFY only then, and drops it on
-- rollback), which project or organisation changed, whichever instance or tool changed it; each
-- instance LISTENs on a connection of its own and forgets what it held. The payload is the id.
CREATE FUNCTION project_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sdghub_projects_changed', OLD.id::text);
    RETURN NULL;
END
$$;

-- A new project needs no signal: nothing about an id that did not exist is ever kept in memory.
CREATE TRIGGER project_changed
    AFTER UPDATE OR DELETE ON project
    FOR EACH ROW EXECUTE FUNCTION project_changed_notify();

CREATE FUNCTION known_organisation_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('sdghub_organisations_changed', OLD.id::text);
    ELSE
        PERFORM pg_notify('sdghub_organisations_changed', NEW.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER known_organisation_changed
    AFTER INSERT OR UPDATE OR DELETE ON known_organisation
    FOR EACH ROW EXECUTE FUNCTION known_organisation_changed_notify();
