-- Workspace schema, version 1: the team's source library, briefs, review, comments and the audit trail.
-- Everything lives in the schema `briefing`; what a user may see and do is decided here, by group
-- roles and row-level security, never by the app.

CREATE SCHEMA briefing;

CREATE TABLE briefing.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- Who belongs to which team (a user may be in several).
CREATE TABLE briefing.members (
    member text NOT NULL,
    team text NOT NULL CHECK (team <> ''),
    added_by text NOT NULL DEFAULT current_user,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member, team)
);

-- Markings that need two approvals whatever the brief's template says (TLP:RED and the top of
-- the usual classification ladders); an administrator may add the house ladder's top two levels.
CREATE TABLE briefing.strict_markings (
    label text PRIMARY KEY
);
INSERT INTO briefing.strict_markings VALUES ('TLP:RED'), ('SECRET'), ('TOP SECRET');

-- The team's source library: one row per distinct text per team (deduplicated by its SHA-256).
CREATE TABLE briefing.library (
    num bigserial PRIMARY KEY,
    team text NOT NULL,
    sha256 text NOT NULL,
    title text NOT NULL,
    publisher text,
    author text,
    published text,
    url text,
    reliability text,
    credibility integer,
    notes text NOT NULL DEFAULT '',
    language regconfig NOT NULL,
    text text NOT NULL,
    search tsvector NOT NULL,
    lead tsvector NOT NULL,
    added_by text NOT NULL DEFAULT current_user,
    added_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team, sha256)
);
CREATE INDEX library_search ON briefing.library USING gin (search);

CREATE TABLE briefing.briefs (
    id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8,32}$'),
    team text NOT NULL,
    title text NOT NULL,
    template_id text NOT NULL,
    subtitle text,
    author text,
    organization text,
    date text,
    reference text,
    marking text,
    template_snapshot text,
    distribution jsonb NOT NULL DEFAULT '[]',
    dismissed jsonb NOT NULL DEFAULT '[]',
    sections jsonb NOT NULL DEFAULT '[]',
    approvals_needed integer NOT NULL DEFAULT 1 CHECK (approvals_needed IN (1, 2)),
    state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in review', 'approved', 'released')),
    version bigint NOT NULL DEFAULT 1,
    meta_version bigint NOT NULL DEFAULT 1,
    created_by text NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    last_change text NOT NULL DEFAULT 'created the brief'
);

-- People named on a brief: its authors (everyone who wrote in it) and readers named by them.
-- A TLP:RED brief is visible to these people only.
CREATE TABLE briefing.named (
    brief text NOT NULL REFERENCES briefing.briefs (id) ON DELETE CASCADE,
    member text NOT NULL,
    part text NOT NULL CHECK (part IN ('author', 'reader')),
    PRIMARY KEY (brief, member)
);

CREATE TABLE briefing.brief_sources (
    brief text NOT NULL REFERENCES briefing.briefs (id) ON DELETE CASCADE,
    id text NOT NULL,
    position double precision NOT NULL,
    library bigint NOT NULL REFERENCES briefing.library (num),
    title text NOT NULL,
    publisher text,
    author text,
    published text,
    url text,
    accessed text,
    reliability text,
    credibility integer,
    marking text,
    notes text NOT NULL,
    media_type text NOT NULL,
    origin text,
    paragraphs text NOT NULL,
    sha256 text NOT NULL,
    extra text NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brief, id)
);

CREATE TABLE briefing.items (
    brief text NOT NULL REFERENCES briefing.briefs (id) ON DELETE CASCADE,
    id text NOT NULL,
    section text NOT NULL,
    position double precision NOT NULL,
    kind text NOT NULL,
    text text NOT NULL,
    name text,
    role text,
    affiliation text,
    actor_type text,
    likelihood text,
    confidence text,
    caveat_kind text,
    portion text,
    citations jsonb NOT NULL DEFAULT '[]',
    version bigint NOT NULL DEFAULT 1,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brief, id)
);

CREATE TABLE briefing.releases (
    brief text NOT NULL REFERENCES briefing.briefs (id) ON DELETE CASCADE,
    position integer NOT NULL,
    at text NOT NULL,
    action text NOT NULL,
    recipients text NOT NULL,
    marking text,
    filename text NOT NULL,
    sha256 text NOT NULL,
    detail text NOT NULL DEFAULT '',
    recorded_by text NOT NULL DEFAULT current_user,
    PRIMARY KEY (brief, position)
);

CREATE TABLE briefing.reviews (
    num bigserial PRIMARY KEY,
    brief text NOT NULL REFERENCES briefing.briefs (id) ON DELETE CASCADE,
    action text NOT NULL CHECK (action IN ('submit', 'approve', 'reject', 'release')),
    by_user text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now(),
    comment text NOT NULL DEFAULT ''
);

CREATE TABLE briefing.comments (
    num bigserial PRIMARY KEY,
    brief text NOT NULL REFERENCES briefing.briefs (id) ON DELETE CASCADE,
    item text,
    parent bigint REFERENCES briefing.comments (num),
    author text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now(),
    text text NOT NULL CHECK (text <> ''),
    resolved_by text,
    resolved_at timestamptz
);

-- The audit trail: append-only for every role (no grant, and a trigger, refuse UPDATE, DELETE, TRUNCATE).
CREATE TABLE briefing.audit (
    num bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor text NOT NULL DEFAULT current_user,
    brief text,
    action text NOT NULL,
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_brief ON briefing.audit (brief, num);

-- ---------------------------------------------------------------------------------- helpers

CREATE FUNCTION briefing.teams_of(who text) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$ SELECT team FROM briefing.members WHERE member = who $$;

CREATE FUNCTION briefing.is_named(brief_id text, who text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM briefing.named WHERE brief = brief_id AND member = who) $$;

-- Whether `who` may see the brief: a member of its team, and named on it when it is TLP:RED.
CREATE FUNCTION briefing.can_see(brief_id text, who text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM briefing.briefs b JOIN briefing.members m ON m.team = b.team AND m.member = who
            WHERE b.id = brief_id
              AND (b.marking IS DISTINCT FROM 'TLP:RED'
                   OR EXISTS (SELECT 1 FROM briefing.named n WHERE n.brief = b.id AND n.member = who)))
    $$;

-- The ids of every brief `who` may see: policies test membership in this set, computed once per
-- query (a hashed subplan) rather than a function call per row of a brief's thousands of items.
CREATE FUNCTION briefing.visible_briefs(who text) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
        SELECT b.id FROM briefing.briefs b JOIN briefing.members m ON m.team = b.team AND m.member = who
        WHERE b.marking IS DISTINCT FROM 'TLP:RED'
           OR EXISTS (SELECT 1 FROM briefing.named n WHERE n.brief = b.id AND n.member = who)
    $$;

-- Names `who` as an author of the brief (everyone who writes in a brief is named on it).
-- Only for oneself, on a brief one may see or has just created.
CREATE FUNCTION briefing.name_author(brief_id text, who text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        IF who IS DISTINCT FROM session_user OR NOT (briefing.can_see(brief_id, who)
                OR EXISTS (SELECT 1 FROM briefing.briefs WHERE id = brief_id AND created_by = who)) THEN
            RAISE EXCEPTION 'only oneself can be named an author, on a brief one may see' USING ERRCODE = '42501';
        END IF;
        INSERT INTO briefing.named (brief, member, part) VALUES (brief_id, who, 'author')
        ON CONFLICT (brief, member) DO UPDATE SET part = 'author' WHERE named.part <> 'author';
    END $$;

-- Whether the caller runs with the schema owner's rights (inside the review functions).
CREATE FUNCTION briefing.as_owner() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT (SELECT oid FROM pg_roles WHERE rolname = current_user)
                 = (SELECT relowner FROM pg_class WHERE oid = 'briefing.briefs'::regclass) $$;

-- Names a reader on a brief the caller can see (for TLP:RED: who else may see it).
CREATE FUNCTION briefing.name_reader(brief_id text, reader text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        IF NOT briefing.can_see(brief_id, session_user) THEN
            RAISE EXCEPTION 'brief % is not visible to %', brief_id, session_user USING ERRCODE = '42501';
        END IF;
        INSERT INTO briefing.named (brief, member, part) VALUES (brief_id, reader, 'reader')
        ON CONFLICT (brief, member) DO NOTHING;
        INSERT INTO briefing.audit (actor, brief, action, detail) VALUES (session_user, brief_id, 'name', reader);
    END $$;

-- Every change in a brief: one version step, who, what and when (what `push` of a stale copy names),
-- a line in the audit trail, and a notification for the others who have the brief open.
CREATE FUNCTION briefing.bump(brief_id text, what text, payload jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        who text := session_user;
        new_version bigint;
    BEGIN
        UPDATE briefing.briefs SET version = version + 1, changed_by = who, changed_at = now(),
               last_change = left(what, 200)
         WHERE id = brief_id RETURNING version INTO new_version;
        PERFORM pg_notify('brief_' || brief_id,
                          (payload || jsonb_build_object('by', who, 'brief_version', new_version))::text);
    END $$;

CREATE FUNCTION briefing.touch(brief_id text, what text, detail text, payload jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        who text := session_user;
    BEGIN
        IF NOT briefing.can_see(brief_id, who) THEN
            RAISE EXCEPTION 'brief % is not visible to %', brief_id, who USING ERRCODE = '42501';
        END IF;
        INSERT INTO briefing.audit (actor, brief, action, detail) VALUES (who, brief_id, what, detail);
        PERFORM briefing.bump(brief_id, what || CASE WHEN detail <> '' THEN ': ' || detail ELSE '' END, payload);
    END $$;

CREATE FUNCTION briefing.short(value text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN length(value) > 60 THEN left(value, 59) || '…' ELSE value END $$;

-- Items and a brief's sources: versions stamped per row; audited row by row, but the brief's
-- bookkeeping (version, who, what, the notification) once per statement, so that pushing a brief
-- of thousands of items costs one step, not thousands.
CREATE FUNCTION briefing.stamp() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            NEW.version := OLD.version + 1;
        END IF;
        NEW.changed_by := current_user;
        NEW.changed_at := now();
        RETURN NEW;
    END $$;

CREATE FUNCTION briefing.refuse_when_closed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        brief_id text := CASE WHEN TG_OP = 'DELETE' THEN OLD.brief ELSE NEW.brief END;
        current_state text;
    BEGIN
        SELECT state INTO current_state FROM briefing.briefs WHERE id = brief_id;
        IF current_state IN ('approved', 'released') THEN
            RAISE EXCEPTION 'brief % is %: its content can no longer change; a reviewer may reject it back to draft',
                brief_id, current_state USING ERRCODE = '55000';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$;

-- After one statement changed rows of a brief: who is an author now, one version step, one notification.
CREATE FUNCTION briefing.settle(brief_id text, tbl text, op text, n bigint, what text, ids text[], version bigint)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        who text := session_user;
    BEGIN
        IF op <> 'DELETE' THEN
            INSERT INTO briefing.named (brief, member, part) VALUES (brief_id, who, 'author')
            ON CONFLICT (brief, member) DO UPDATE SET part = 'author' WHERE named.part <> 'author';
        END IF;
        PERFORM briefing.bump(brief_id, CASE WHEN n = 1 THEN what ELSE split_part(what, ':', 1) || ' ×' || n END,
            jsonb_build_object('table', tbl, 'op', op, 'id', ids[1], 'ids', to_jsonb(ids[1:50]), 'count', n,
                               'version', version, 'by', who));
    END $$;

-- Statement triggers: the rows the statement changed are audited one by one (as the session's
-- user), the brief's bookkeeping is settled once per brief.
CREATE FUNCTION briefing.items_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        who text := session_user;
        updated bigint;
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO briefing.audit (actor, brief, action, detail)
                SELECT who, n.brief, 'added item',
                       n.id || ' in ' || n.section || ' "' || briefing.short(coalesce(n.name, n.text)) || '"'
                FROM new_rows n ORDER BY n.brief, n.position;
            PERFORM briefing.settle(g.brief, 'items', TG_OP, g.n, g.what, g.ids, g.v) FROM (
                SELECT n.brief, count(*) AS n, array_agg(n.id ORDER BY n.id) AS ids, max(n.version) AS v,
                       'added item: ' || min(n.id) AS what FROM new_rows n GROUP BY n.brief) g;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO briefing.audit (actor, brief, action, detail)
                SELECT who, o.brief, 'deleted item',
                       o.id || ' in ' || o.section || ' "' || briefing.short(coalesce(o.name, o.text)) || '"'
                FROM old_rows o ORDER BY o.brief, o.position;
            PERFORM briefing.settle(g.brief, 'items', TG_OP, g.n, g.what, g.ids, NULL) FROM (
                SELECT o.brief, count(*) AS n, array_agg(o.id ORDER BY o.id) AS ids,
                       'deleted item: ' || min(o.id) AS what FROM old_rows o GROUP BY o.brief) g;
        ELSE
            WITH c AS (
                SELECT n.brief, n.id, n.version,
                       CASE WHEN (o.text, o.name, o.citations) IS NOT DISTINCT FROM (n.text, n.name, n.citations)
                                 AND (o.section, o.position) IS DISTINCT FROM (n.section, n.position)
                            THEN 'moved item' ELSE 'edited item' END AS what,
                       n.id || ' in ' || n.section || ' "' || briefing.short(coalesce(n.name, n.text)) || '"' AS detail
                FROM new_rows n JOIN old_rows o ON o.brief = n.brief AND o.id = n.id
            ), audited AS (
                INSERT INTO briefing.audit (actor, brief, action, detail)
                    SELECT who, c.brief, c.what, c.detail FROM c ORDER BY c.brief, c.id
            )
            SELECT count(*) INTO STRICT updated FROM (
                SELECT briefing.settle(g.brief, 'items', TG_OP, g.n, g.what, g.ids, g.v) FROM (
                    SELECT c.brief, count(*) AS n, array_agg(c.id ORDER BY c.id) AS ids, max(c.version) AS v,
                           min(c.what || ': ' || c.detail) AS what FROM c GROUP BY c.brief) g) AS settled;
        END IF;
        RETURN NULL;
    END $$;

CREATE FUNCTION briefing.sources_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        who text := session_user;
        verb text := CASE TG_OP WHEN 'INSERT' THEN 'added source' WHEN 'DELETE' THEN 'removed source'
                                ELSE 'edited source' END;
    BEGIN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO briefing.audit (actor, brief, action, detail)
                SELECT who, o.brief, verb, o.id || ' "' || briefing.short(o.title) || '"'
                FROM old_rows o ORDER BY o.brief, o.position;
            PERFORM briefing.settle(g.brief, 'brief_sources', TG_OP, g.n, g.what, g.ids, NULL) FROM (
                SELECT o.brief, count(*) AS n, array_agg(o.id ORDER BY o.id) AS ids,
                       verb || ': ' || min(o.id || ' "' || briefing.short(o.title) || '"') AS what
                FROM old_rows o GROUP BY o.brief) g;
        ELSE
            INSERT INTO briefing.audit (actor, brief, action, detail)
                SELECT who, n.brief, verb, n.id || ' "' || briefing.short(n.title) || '"'
                FROM new_rows n ORDER BY n.brief, n.position;
            PERFORM briefing.settle(g.brief, 'brief_sources', TG_OP, g.n, g.what, g.ids, g.v) FROM (
                SELECT n.brief, count(*) AS n, array_agg(n.id ORDER BY n.id) AS ids, max(n.version) AS v,
                       verb || ': ' || min(n.id || ' "' || briefing.short(n.title) || '"') AS what
                FROM new_rows n GROUP BY n.brief) g;
        END IF;
        RETURN NULL;
    END $$;

CREATE TRIGGER items_closed BEFORE INSERT OR UPDATE OR DELETE ON briefing.items
    FOR EACH ROW EXECUTE FUNCTION briefing.refuse_when_closed();
CREATE TRIGGER items_stamp BEFORE INSERT OR UPDATE ON briefing.items
    FOR EACH ROW EXECUTE FUNCTION briefing.stamp();
CREATE TRIGGER items_inserted AFTER INSERT ON briefing.items REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.items_changed();
CREATE TRIGGER items_updated AFTER UPDATE ON briefing.items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.items_changed();
CREATE TRIGGER items_deleted AFTER DELETE ON briefing.items REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.items_changed();

CREATE TRIGGER sources_closed BEFORE INSERT OR UPDATE OR DELETE ON briefing.brief_sources
    FOR EACH ROW EXECUTE FUNCTION briefing.refuse_when_closed();
CREATE TRIGGER sources_stamp BEFORE INSERT OR UPDATE ON briefing.brief_sources
    FOR EACH ROW EXECUTE FUNCTION briefing.stamp();
CREATE TRIGGER sources_inserted AFTER INSERT ON briefing.brief_sources REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.sources_changed();
CREATE TRIGGER sources_updated AFTER UPDATE ON briefing.brief_sources
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.sources_changed();
CREATE TRIGGER sources_deleted AFTER DELETE ON briefing.brief_sources REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.sources_changed();

-- The brief's own row: metadata changes are versioned (meta_version) and audited; the
-- bookkeeping columns that `touch` sets are not a change of their own.
CREATE FUNCTION briefing.brief_before() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW.created_by := current_user;
            NEW.changed_by := current_user;
            NEW.state := 'draft';
            RETURN NEW;
        END IF;
        IF (OLD.title, OLD.template_id, OLD.subtitle, OLD.author, OLD.organization, OLD.date, OLD.reference,
            OLD.marking, OLD.template_snapshot, OLD.distribution, OLD.approvals_needed)
           IS DISTINCT FROM
           (NEW.title, NEW.template_id, NEW.subtitle, NEW.author, NEW.organization, NEW.date, NEW.reference,
            NEW.marking, NEW.template_snapshot, NEW.distribution, NEW.approvals_needed) THEN
            IF OLD.state IN ('approved', 'released') AND NOT briefing.as_owner() THEN
                RAISE EXCEPTION 'brief % is %: its content can no longer change; a reviewer may reject it back to draft',
                    OLD.id, OLD.state USING ERRCODE = '55000';
            END IF;
            NEW.meta_version := OLD.meta_version + 1;
        END IF;
        IF NEW.state IS DISTINCT FROM OLD.state AND NOT briefing.as_owner() THEN
            RAISE EXCEPTION 'the state of a brief changes only through review (submit, approve, reject) or a release'
                USING ERRCODE = '42501';
        END IF;
        IF NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.team IS DISTINCT FROM OLD.team THEN
            RAISE EXCEPTION 'a brief''s team and creator cannot change' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$;

CREATE FUNCTION briefing.brief_after() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM briefing.name_author(NEW.id, current_user);
            INSERT INTO briefing.audit (brief, action, detail)
                VALUES (NEW.id, 'created brief', '"' || briefing.short(NEW.title) || '" for team ' || NEW.team
                        || coalesce(', ' || NEW.marking, ''));
        ELSIF NEW.meta_version <> OLD.meta_version OR NEW.dismissed IS DISTINCT FROM OLD.dismissed
              OR NEW.sections IS DISTINCT FROM OLD.sections THEN
            PERFORM briefing.name_author(NEW.id, current_user);
            PERFORM briefing.touch(NEW.id,
                CASE WHEN NEW.meta_version <> OLD.meta_version THEN 'edited brief properties'
                     WHEN NEW.sections IS DISTINCT FROM OLD.sections THEN 'changed sections'
                     ELSE 'dismissed suggestions' END,
                CASE WHEN NEW.marking IS DISTINCT FROM OLD.marking
                     THEN 'marking ' || coalesce(OLD.marking, 'none') || ' → ' || coalesce(NEW.marking, 'none')
                     WHEN NEW.title IS DISTINCT FROM OLD.title THEN 'title "' || briefing.short(NEW.title) || '"'
                     ELSE '' END,
                jsonb_build_object('table', 'briefs', 'op', TG_OP, 'id', NEW.id, 'version', NEW.meta_version,
                                   'by', current_user));
        END IF;
        RETURN NULL;
    END $$;

CREATE TRIGGER briefs_before BEFORE INSERT OR UPDATE ON briefing.briefs
    FOR EACH ROW EXECUTE FUNCTION briefing.brief_before();
CREATE TRIGGER briefs_after AFTER INSERT OR UPDATE ON briefing.briefs
    FOR EACH ROW EXECUTE FUNCTION briefing.brief_after();

-- Moving a brief through review: submit, approve (someone other than its authors; two approvals
-- for strict markings), reject. Enforced here, whoever the client is.
CREATE FUNCTION briefing.review_before() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        b briefing.briefs;
        who text := session_user;
        needed integer;
        approvals integer;
        last_submit bigint;
        next_state text;
    BEGIN
        NEW.by_user := who;
        NEW.at := now();
        SELECT * INTO b FROM briefing.briefs WHERE id = NEW.brief FOR UPDATE;
        IF NOT FOUND OR NOT briefing.can_see(NEW.brief, who) THEN
            RAISE EXCEPTION 'there is no brief % in this workspace that you may see', NEW.brief USING ERRCODE = '42704';
        END IF;
        next_state := b.state;
        IF NEW.action = 'submit' THEN
            IF b.state <> 'draft' THEN
                RAISE EXCEPTION 'brief % is % already; only a draft can be submitted', b.id, b.state USING ERRCODE = '55000';
            END IF;
            next_state := 'in review';
        ELSIF NEW.action IN ('approve', 'reject') THEN
            IF NOT (pg_has_role(who, 'briefing_reviewer', 'MEMBER')) THEN
                RAISE EXCEPTION '% is not a reviewer; ask a reviewer of the team to %', who, NEW.action USING ERRCODE = '42501';
            END IF;
            IF NEW.action = 'approve' THEN
                IF b.state <> 'in review' THEN
                    RAISE EXCEPTION 'brief % is %, not in review; it must be submitted before it can be approved', b.id, b.state
                        USING ERRCODE = '55000';
                END IF;
                IF EXISTS (SELECT 1 FROM briefing.named WHERE brief = b.id AND member = who AND part = 'author') THEN
                    RAISE EXCEPTION '% wrote in brief % and cannot approve it; another reviewer must', who, b.id
                        USING ERRCODE = '42501';
                END IF;
                SELECT coalesce(max(num), 0) INTO last_submit FROM briefing.reviews WHERE brief = b.id AND action = 'submit';
                IF EXISTS (SELECT 1 FROM briefing.reviews WHERE brief = b.id AND action = 'approve' AND num > last_submit
                           AND by_user = who) THEN
                    RAISE EXCEPTION '% has approved brief % already; a second approval must come from someone else', who, b.id
                        USING ERRCODE = '55000';
                END IF;
                SELECT count(DISTINCT by_user) + 1 INTO approvals FROM briefing.reviews
                 WHERE brief = b.id AND action = 'approve' AND num > last_submit;
                needed := greatest(b.approvals_needed,
                                   CASE WHEN EXISTS (SELECT 1 FROM briefing.strict_markings WHERE label = b.marking)
                                        THEN 2 ELSE 1 END);
                IF approvals >= needed THEN next_state := 'approved'; END IF;
            ELSE
                IF b.state NOT IN ('in review', 'approved') THEN
                    RAISE EXCEPTION 'brief % is %; only a brief in review or approved can be rejected', b.id, b.state
                        USING ERRCODE = '55000';
                END IF;
                next_state := 'draft';
            END IF;
        ELSIF NEW.action = 'release' THEN
            IF b.state NOT IN ('approved', 'released') THEN
                RAISE EXCEPTION 'brief % is %; it must be approved before it is released', b.id, b.state USING ERRCODE = '55000';
            END IF;
            next_state := 'released';
        END IF;
        UPDATE briefing.briefs SET state = next_state WHERE id = b.id;
        PERFORM briefing.touch(b.id, CASE NEW.action WHEN 'submit' THEN 'submitted for review' WHEN 'approve' THEN 'approved'
                                                     WHEN 'reject' THEN 'rejected' ELSE 'released' END,
                               'now ' || next_state || CASE WHEN NEW.comment <> '' THEN ' — ' || NEW.comment ELSE '' END,
                               jsonb_build_object('table', 'reviews', 'op', 'INSERT', 'id', b.id, 'state', next_state,
                                                  'by', who));
        RETURN NEW;
    END $$;

CREATE TRIGGER reviews_before BEFORE INSERT ON briefing.reviews
    FOR EACH ROW EXECUTE FUNCTION briefing.review_before();

-- A release (an export or a sending) recorded for an approved brief releases it.
CREATE FUNCTION briefing.release_after() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    DECLARE
        current_state text;
    BEGIN
        SELECT state INTO current_state FROM briefing.briefs WHERE id = NEW.brief;
        IF NEW.action IN ('sent', 'exported') AND current_state = 'approved' THEN
            INSERT INTO briefing.reviews (brief, action, comment)
                VALUES (NEW.brief, 'release', NEW.action || ' ' || NEW.filename);
        END IF;
        PERFORM briefing.touch(NEW.brief, 'recorded release',
            NEW.action || ' ' || NEW.filename || CASE WHEN NEW.recipients <> '[]' THEN ' to ' || NEW.recipients ELSE '' END,
            jsonb_build_object('table', 'releases', 'op', 'INSERT', 'id', NEW.position, 'by', current_user));
        RETURN NULL;
    END $$;

CREATE TRIGGER releases_after AFTER INSERT ON briefing.releases
    FOR EACH ROW EXECUTE FUNCTION briefing.release_after();

CREATE FUNCTION briefing.comment_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW.author := current_user;
            NEW.at := now();
            NEW.resolved_by := NULL;
            NEW.resolved_at := NULL;
        ELSE
            IF (NEW.brief, NEW.item, NEW.parent, NEW.author, NEW.at, NEW.text)
               IS DISTINCT FROM (OLD.brief, OLD.item, OLD.parent, OLD.author, OLD.at, OLD.text) THEN
                RAISE EXCEPTION 'a comment cannot be edited once posted; reply to it instead' USING ERRCODE = '42501';
            END IF;
            NEW.resolved_by := CASE WHEN NEW.resolved_at IS NULL THEN NULL ELSE current_user END;
        END IF;
        PERFORM briefing.touch(NEW.brief,
            CASE WHEN TG_OP = 'INSERT' AND NEW.parent IS NOT NULL THEN 'replied'
                 WHEN TG_OP = 'INSERT' THEN 'commented'
                 WHEN NEW.resolved_at IS NULL THEN 'reopened comment' ELSE 'resolved comment' END,
            coalesce('on ' || NEW.item || ': ', '') || briefing.short(NEW.text),
            jsonb_build_object('table', 'comments', 'op', TG_OP, 'id', NEW.num, 'item', NEW.item, 'by', current_user));
        RETURN NEW;
    END $$;

CREATE TRIGGER comments_changed BEFORE INSERT OR UPDATE ON briefing.comments
    FOR EACH ROW EXECUTE FUNCTION briefing.comment_changed();

CREATE FUNCTION briefing.append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        RAISE EXCEPTION 'the audit trail is append-only: % is refused', TG_OP USING ERRCODE = '42501';
    END $$;

CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON briefing.audit
    FOR EACH ROW EXECUTE FUNCTION briefing.append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON briefing.audit
    FOR EACH STATEMENT EXECUTE FUNCTION briefing.append_only();

CREATE FUNCTION briefing.library_index() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        -- A tsvector holds at most 1 MB: the first 300,000 characters of a text are indexed.
        NEW.search := setweight(to_tsvector(NEW.language, NEW.title), 'A')
                   || setweight(to_tsvector(NEW.language, left(NEW.text, 300000)), 'B');
        -- What ranking reads: the title and the lead (news puts the point first). Small enough to
        -- stay in the row, so ranking a few hundred matches costs no detoasting of whole texts.
        NEW.lead := setweight(to_tsvector(NEW.language, NEW.title), 'A')
                 || setweight(to_tsvector(NEW.language, left(NEW.text, 1500)), 'B');
        RETURN NEW;
    END $$;

CREATE TRIGGER library_index BEFORE INSERT OR UPDATE OF title, text, language ON briefing.library
    FOR EACH ROW EXECUTE FUNCTION briefing.library_index();

-- ---------------------------------------------------------------------------------- who sees what

ALTER TABLE briefing.briefs ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.named ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.brief_sources ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.items ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.releases ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.library ENABLE ROW LEVEL SECURITY;
ALTER TABLE briefing.members ENABLE ROW LEVEL SECURITY;

CREATE POLICY team_briefs ON briefing.briefs
    USING (team IN (SELECT briefing.teams_of(current_user))
           AND (marking IS DISTINCT FROM 'TLP:RED' OR briefing.is_named(id, current_user)
                OR created_by = current_user))
    WITH CHECK (team IN (SELECT briefing.teams_of(current_user))
                AND (marking IS DISTINCT FROM 'TLP:RED' OR briefing.is_named(id, current_user)
                     OR created_by = current_user));
CREATE POLICY visible ON briefing.named USING (brief IN (SELECT briefing.visible_briefs(current_user)));
CREATE POLICY visible ON briefing.brief_sources USING (brief IN (SELECT briefing.visible_briefs(current_user)));
CREATE POLICY visible ON briefing.items USING (brief IN (SELECT briefing.visible_briefs(current_user)));
CREATE POLICY visible ON briefing.releases USING (brief IN (SELECT briefing.visible_briefs(current_user)));
CREATE POLICY visible ON briefing.reviews USING (brief IN (SELECT briefing.visible_briefs(current_user)));
CREATE POLICY visible ON briefing.comments USING (brief IN (SELECT briefing.visible_briefs(current_user)));
CREATE POLICY read_visible ON briefing.audit FOR SELECT
    USING (CASE WHEN brief IS NULL THEN pg_has_role(current_user, 'briefing_admin', 'MEMBER')
                ELSE brief IN (SELECT briefing.visible_briefs(current_user)) END);
CREATE POLICY append_own ON briefing.audit FOR INSERT
    WITH CHECK (actor = current_user AND (brief IS NULL OR briefing.can_see(brief, current_user)));
CREATE POLICY team_library ON briefing.library USING (team IN (SELECT briefing.teams_of(current_user)));
CREATE POLICY read_members ON briefing.members FOR SELECT
    USING (member = current_user OR team IN (SELECT briefing.teams_of(current_user))
           OR pg_has_role(current_user, 'briefing_admin', 'MEMBER'));
CREATE POLICY admin_members ON briefing.members FOR ALL TO briefing_admin USING (true) WITH CHECK (true);

REVOKE ALL ON ALL TABLES IN SCHEMA briefing FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA briefing FROM PUBLIC;
GRANT USAGE ON SCHEMA briefing TO briefing_analyst;
GRANT SELECT ON briefing.meta, briefing.strict_markings, briefing.members TO briefing_analyst;
GRANT SELECT, INSERT, UPDATE ON briefing.briefs TO briefing_analyst;
GRANT SELECT, INSERT, UPDATE, DELETE ON briefing.items, briefing.brief_sources TO briefing_analyst;
GRANT SELECT, INSERT, UPDATE (title, publisher, author, published, url, reliability, credibility, notes)
    ON briefing.library TO briefing_analyst;
GRANT SELECT ON briefing.named TO briefing_analyst;
GRANT SELECT, INSERT ON briefing.releases, briefing.reviews, briefing.audit TO briefing_analyst;
GRANT SELECT, INSERT, UPDATE (resolved_at) ON briefing.comments TO briefing_analyst;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA briefing TO briefing_analyst;
GRANT EXECUTE ON FUNCTION briefing.teams_of(text), briefing.visible_briefs(text), briefing.is_named(text, text), briefing.can_see(text, text),
    briefing.name_author(text, text), briefing.name_reader(text, text), briefing.as_owner(), briefing.touch(text, text, text, jsonb),
    briefing.short(text) TO briefing_analyst;
GRANT INSERT, DELETE ON briefing.members TO briefing_admin;
GRANT INSERT, DELETE ON briefing.strict_markings TO briefing_admin;
GRANT DELETE ON briefing.briefs TO briefing_admin;
