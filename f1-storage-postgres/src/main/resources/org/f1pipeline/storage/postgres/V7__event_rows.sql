-- Feature sets and prediction lines stored per event (decision D88): one row per (race, type, model) holding every
-- driver's feature scores, and one row per prediction holding every driver's line, each as a JSON array ordered
-- by driver id (features) or by rank (predictions). A full recompute writes some 1,000 rows instead of 22,000, and
-- their index entries; the tables features and prediction_drivers stay readable in SQL, with the same columns, as
-- views that expand the arrays. The driver ids are checked against drivers by the library before every write
-- (the per-driver foreign keys of V1 cannot reach into an array). The arrays are text, cast to json by the views:
-- the server does not parse them on write.

CREATE TABLE feature_sets (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    race_type     TEXT COLLATE "C" NOT NULL,
    model_version TEXT COLLATE "C" NOT NULL,
    -- [{"driver_id": "...", "raw_score": n, "scores": {"feature": n, ...}}, ...], ordered by driver_id
    rows_json     TEXT    NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

INSERT INTO feature_sets (season, round, race_type, model_version, rows_json)
SELECT season, round, race_type, model_version,
       json_agg(json_build_object('driver_id', driver_id, 'raw_score', raw_score, 'scores', scores_json::json)
                ORDER BY driver_id)::text
FROM features
GROUP BY season, round, race_type, model_version;

DROP TABLE features;

CREATE VIEW features AS
SELECT s.season, s.round, s.race_type, s.model_version,
       e.value ->> 'driver_id'                      AS driver_id,
       (e.value -> 'scores')::text                  AS scores_json,
       (e.value ->> 'raw_score')::double precision  AS raw_score
FROM feature_sets s CROSS JOIN LATERAL json_array_elements(s.rows_json::json) AS e (value);

ALTER TABLE predictions ADD COLUMN drivers_json TEXT;

UPDATE predictions p
SET drivers_json = (SELECT json_agg(json_build_object('driver_id', d.driver_id, 'probability', d.probability,
                                                      'rank', d.rank, 'raw_score', d.raw_score,
                                                      'contributions', d.contributions_json::json)
                                    ORDER BY d.rank, d.driver_id)::text
                    FROM prediction_drivers d
                    WHERE d.season = p.season AND d.round = p.round AND d.race_type = p.race_type
                      AND d.model_version = p.model_version AND d.computed_at_ns = p.computed_at_ns);

UPDATE predictions SET drivers_json = '[]' WHERE drivers_json IS NULL;
ALTER TABLE predictions ALTER COLUMN drivers_json SET NOT NULL;

DROP TABLE prediction_drivers;

-- [{"driver_id": "...", "probability": n, "rank": n, "raw_score": n, "contributions": {...}}, ...], by rank
CREATE VIEW prediction_drivers AS
SELECT p.season, p.round, p.race_type, p.model_version, p.computed_at_ns,
       e.value ->> 'driver_id'                      AS driver_id,
       (e.value ->> 'probability')::double precision AS probability,
       (e.value ->> 'rank')::integer                AS rank,
       (e.value ->> 'raw_score')::double precision  AS raw_score,
       (e.value -> 'contributions')::text           AS contributions_json
FROM predictions p CROSS JOIN LATERAL json_array_elements(p.drivers_json::json) AS e (value);
