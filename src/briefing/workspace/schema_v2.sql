-- Workspace schema, version 2 (from version 1): library search that can use its index.
--
-- Row-level security evaluates a policy before any condition of the query that is not "leakproof",
-- and only leakproof conditions may drive an index scan. The full-text match `@@` is not leakproof
-- (only a superuser could declare it so), so under the `team_library` policy every search read the
-- whole library and unpacked each text's search vector: about a second for 20,000 sources, and
-- longer the larger the library. Here the match runs as the library's owner, where the GIN index
-- answers it, and is limited to the teams of the person connected (`session_user`, as the other
-- functions of the workspace do). It returns only the numbers of sources that person may read; the
-- search then reads their rows as the caller, under the policy as before.

--
-- The match is planned for each search's own words (EXECUTE), not once for any words as the body of
-- an SQL function is: planned blind, it always took the index, and the index hands over every match
-- before the first is read (half of a 20,000-text library for a common word: 20 ms, and growing
-- with the library). Planned for the words, a common word reads the table until it has `wanted`
-- matches (a few hundred rows at most) and a rare one takes the index.
CREATE FUNCTION briefing.library_matches(query tsquery, wanted integer) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50
    SET search_path = briefing, pg_temp
    SET jit = off
    AS $$
    BEGIN
        RETURN QUERY EXECUTE
            'SELECT num FROM briefing.library '
            'WHERE search @@ $1 AND team IN (SELECT briefing.teams_of(session_user)) LIMIT $2'
            USING query, wanted;
    END $$;

REVOKE ALL ON FUNCTION briefing.library_matches(tsquery, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION briefing.library_matches(tsquery, integer) TO briefing_analyst;
