-- Lap summaries (issue 12): per driver and grand prix, what the model reads of the laps (LapSummary.of): the
-- clean race lap times (ascending), the tyre points, the sector times (ascending), the top speed. Rewritten with
-- every grand-prix lap write, in its transaction; the migration fills it from the laps already stored. laps holds
-- the arrays in the format of LapSummaryCodec.
CREATE TABLE lap_summaries (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    driver_id     TEXT    NOT NULL REFERENCES drivers (driver_id),
    top_speed_kph REAL,
    laps          BLOB    NOT NULL,
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT, WITHOUT ROWID;
