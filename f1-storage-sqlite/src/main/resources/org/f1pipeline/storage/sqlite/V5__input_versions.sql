-- f1pipeline schema version 3 for sqlite: derived data knows its inputs (docs/reliability.md).
-- The last recorded write of each input (qualifying, sprint qualifying, results, laps, FP2 long runs, conditions)
-- of each race: a content digest of the set written and its input version, a number from one counter per database
-- (the greatest version + 1) that grows with every write that changed an input. digest 0: a partial upsert.
CREATE TABLE input_versions (
    season     INTEGER NOT NULL,
    round      INTEGER NOT NULL,
    input_kind TEXT    NOT NULL,
    digest     INTEGER NOT NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (season, round, input_kind),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT, WITHOUT ROWID;
CREATE INDEX input_versions_version ON input_versions (version);

-- What each derived computation read: season statistics (round 0, model ''), the feature set of (race, type,
-- model), and every prediction version (computed_at_ns as in predictions); input_version is the greatest input
-- version it read, recomputed = 1 when the recompute engine wrote it after the fact.
CREATE TABLE derived_versions (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    derived_kind   TEXT    NOT NULL,
    model_version  TEXT    NOT NULL,
    computed_at_ns INTEGER NOT NULL,
    input_version  INTEGER NOT NULL,
    recomputed     INTEGER NOT NULL,
    PRIMARY KEY (season, round, derived_kind, model_version, computed_at_ns)
) STRICT, WITHOUT ROWID;
