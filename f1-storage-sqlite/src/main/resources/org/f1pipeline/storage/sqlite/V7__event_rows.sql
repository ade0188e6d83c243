-- Feature sets and prediction lines stored per event (decision D88): one row per (race, type, model) holding every
-- driver's feature scores, and one row per prediction holding every driver's line, each as a JSON array ordered
-- by driver id (features) or by rank (predictions). A full recompute writes some 1,000 rows instead of 22,000, and
-- their index entries; the tables features and prediction_drivers stay readable in SQL, with the same columns, as
-- views that expand the arrays. The driver ids are checked against drivers by the library before every write
-- (the per-driver foreign keys of V1 cannot reach into an array). Rowid tables, not WITHOUT ROWID: a row of a few
-- KB is appended to the table's end and only its short key goes into the middle of the key index (a recompute adds
-- a prediction to every race), where a WITHOUT ROWID table would insert the whole row there and split its pages.

CREATE TABLE feature_sets (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    race_type     TEXT    NOT NULL,
    model_version TEXT    NOT NULL,
    -- [{"driver_id": "...", "raw_score": n, "scores": {"feature": n, ...}}, ...], ordered by driver_id
    rows_json     TEXT    NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;

INSERT INTO feature_sets (season, round, race_type, model_version, rows_json)
SELECT season, round, race_type, model_version,
       json_group_array(json_object('driver_id', driver_id, 'raw_score', raw_score, 'scores', json(scores_json)))
FROM (SELECT * FROM features ORDER BY season, round, race_type, model_version, driver_id)
GROUP BY season, round, race_type, model_version;

DROP TABLE features;

CREATE VIEW features AS
SELECT s.season, s.round, s.race_type, s.model_version,
       json_extract(j.value, '$.driver_id') AS driver_id,
       json_extract(j.value, '$.scores')    AS scores_json,
       json_extract(j.value, '$.raw_score') AS raw_score
FROM feature_sets s, json_each(s.rows_json) j;

CREATE TABLE predictions_v7 (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    race_type      TEXT    NOT NULL,
    model_version  TEXT    NOT NULL,
    computed_at_ns INTEGER NOT NULL,
    as_of_ns       INTEGER NOT NULL,
    -- [{"driver_id": "...", "probability": n, "rank": n, "raw_score": n, "contributions": {...}}, ...], by rank
    drivers_json   TEXT    NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, computed_at_ns),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;

INSERT INTO predictions_v7 (season, round, race_type, model_version, computed_at_ns, as_of_ns, drivers_json)
SELECT p.season, p.round, p.race_type, p.model_version, p.computed_at_ns, p.as_of_ns,
       (SELECT json_group_array(json_object('driver_id', d.driver_id, 'probability', d.probability, 'rank', d.rank,
                                            'raw_score', d.raw_score, 'contributions', json(d.contributions_json)))
        FROM (SELECT * FROM prediction_drivers d
              WHERE d.season = p.season AND d.round = p.round AND d.race_type = p.race_type
                AND d.model_version = p.model_version AND d.computed_at_ns = p.computed_at_ns
              ORDER BY d.rank, d.driver_id) d)
FROM predictions p;

DROP TABLE prediction_drivers;
DROP TABLE predictions;
ALTER TABLE predictions_v7 RENAME TO predictions;

CREATE VIEW prediction_drivers AS
SELECT p.season, p.round, p.race_type, p.model_version, p.computed_at_ns,
       json_extract(j.value, '$.driver_id')     AS driver_id,
       json_extract(j.value, '$.probability')   AS probability,
       json_extract(j.value, '$.rank')          AS rank,
       json_extract(j.value, '$.raw_score')     AS raw_score,
       json_extract(j.value, '$.contributions') AS contributions_json
FROM predictions p, json_each(p.drivers_json) j;
