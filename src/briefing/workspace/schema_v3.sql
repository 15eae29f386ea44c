-- Workspace schema, version 3 (from version 2): phrase search that reads only the texts with the phrase.
--
-- The GIN index over `search` knows which words a text has, not where: for a phrase ("draft plan")
-- it hands over every text holding both words, and each is then read whole (its search vector
-- unpacked from storage) to check that the words stand side by side. In a library where both words
-- are common and seldom adjacent, that is thousands of texts read for a handful of matches: a phrase
-- search took 60 to 130 ms in a library of 100,000 texts, where a search for words takes 5.
--
-- So each text also keeps the pairs of words that stand side by side or one apart in it (as its
-- search vector has them: stemmed, in its language, stop words left out but counted, so "Ministry of
-- Defence" is two words one apart), each pair with its distance folded to one of 131,072 numbers,
-- and a second GIN index over those. A phrase's pairs must all be there for the phrase to be;
-- checking that in the index leaves a few texts to read whole. Folding keeps the index small; the
-- price is a few texts in a hundred that share a number without the pair, and the whole-text check
-- still turns those away.

-- Pairs of lexemes one or two positions apart, folded to 17 bits. `hashtextextended` is the hash
-- that PostgreSQL's hash partitioning relies on, so it stays the same across versions and upgrades.
CREATE FUNCTION briefing.word_pairs(words tsvector) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    WITH placed AS (
        SELECT entry.lexeme, position
        FROM unnest(words) AS entry(lexeme, positions, weights), unnest(entry.positions) AS position
    )
    SELECT coalesce(array_agg(DISTINCT (hashtextextended(
               first.lexeme || repeat(' ', step.apart) || second.lexeme, 0) & 131071)::integer),
           '{}')
    FROM placed AS first CROSS JOIN (VALUES (1), (2)) AS step(apart)
         JOIN placed AS second ON second.position = first.position + step.apart
    $$;

ALTER TABLE briefing.library ADD COLUMN pairs integer[] NOT NULL DEFAULT '{}';
UPDATE briefing.library SET pairs = briefing.word_pairs(search);
CREATE INDEX library_pairs ON briefing.library USING gin (pairs);

CREATE OR REPLACE FUNCTION briefing.library_index() RETURNS trigger
    LANGUAGE plpgsql SET search_path = briefing, pg_temp
    AS $$
    BEGIN
        -- A tsvector holds at most 1 MB: the first 300,000 characters of a text are indexed.
        NEW.search := setweight(to_tsvector(NEW.language, NEW.title), 'A')
                   || setweight(to_tsvector(NEW.language, left(NEW.text, 300000)), 'B');
        NEW.pairs := briefing.word_pairs(NEW.search);
        -- What ranking reads: the title and the lead (news puts the point first). Small enough to
        -- stay in the row, so ranking a few hundred matches costs no detoasting of whole texts.
        NEW.lead := setweight(to_tsvector(NEW.language, NEW.title), 'A')
                 || setweight(to_tsvector(NEW.language, left(NEW.text, 1500)), 'B');
        RETURN NEW;
    END $$;

-- A query as the library reads it: in each configuration its texts are indexed with, at once.
CREATE FUNCTION briefing.library_query(words text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT websearch_to_tsquery('english'::regconfig, words) || websearch_to_tsquery('russian'::regconfig, words)
           || websearch_to_tsquery('simple'::regconfig, words)
    $$;

-- The word pairs a matching text must have, as one configuration reads the query: those of every
-- "quoted phrase" the query requires. Empty when the query requires none, or when it might match
-- without its phrases: an OR anywhere, quotes left open, a phrase with a minus before it (so the
-- filter can only ever turn away texts the query itself would turn away).
CREATE FUNCTION briefing.required_pairs(words text, config regconfig) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN words ~* '(^|\W)or(\W|$)' OR (length(words) - length(replace(words, '"', ''))) % 2 = 1 THEN '{}'
        ELSE (SELECT coalesce(array_agg(DISTINCT pair), '{}')
              FROM regexp_matches(words, '(-?)"([^"]*)"', 'g') AS phrase,
                   unnest(briefing.word_pairs(to_tsvector(config, phrase[2]))) AS pair
              WHERE phrase[1] = '')
    END
    $$;

-- As in version 2, the match runs as the library's owner (under row-level security the index could
-- not be used), for the caller's teams only, planned for each search's own words. Where the query
-- requires phrases, a text must also have their word pairs as one of the configurations reads them;
-- if any configuration finds no pair to require, nothing more is required.
DROP FUNCTION briefing.library_matches(tsquery, integer);
CREATE FUNCTION briefing.library_matches(words text, wanted integer) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 50
    SET search_path = briefing, pg_temp
    SET jit = off
    AS $$
    DECLARE
        by_english integer[] := briefing.required_pairs(words, 'english');
        by_russian integer[] := briefing.required_pairs(words, 'russian');
        by_simple integer[] := briefing.required_pairs(words, 'simple');
        phrases text := '';
    BEGIN
        IF cardinality(by_english) > 0 AND cardinality(by_russian) > 0 AND cardinality(by_simple) > 0 THEN
            phrases := ' AND (pairs @> $3'
                || CASE WHEN by_russian = by_english THEN '' ELSE ' OR pairs @> $4' END
                || CASE WHEN by_simple IN (by_english, by_russian) THEN '' ELSE ' OR pairs @> $5' END || ')';
        END IF;
        RETURN QUERY EXECUTE
            'SELECT num FROM briefing.library '
            'WHERE search @@ $1' || phrases || ' AND team IN (SELECT briefing.teams_of(session_user)) LIMIT $2'
            USING briefing.library_query(words), wanted, by_english, by_russian, by_simple;
    END $$;

REVOKE ALL ON FUNCTION briefing.word_pairs(tsvector), briefing.library_query(text),
    briefing.required_pairs(text, regconfig), briefing.library_matches(text, integer) FROM PUBLIC;
-- The index trigger runs as the analyst adding a text, so it needs `word_pairs` too.
GRANT EXECUTE ON FUNCTION briefing.word_pairs(tsvector), briefing.library_query(text),
    briefing.library_matches(text, integer) TO briefing_analyst;
