-- f1pipeline schema version 3 for PostgreSQL: pit stops, and the laps foreign keys back in place.
-- Large lap loads go through COPY into a staging table (PostgresBulkUpsert), which drops and re-adds these two
-- keys inside its transaction instead of paying PostgreSQL's per-row check; every row is still validated.
ALTER TABLE laps
    ADD CONSTRAINT laps_driver_fk FOREIGN KEY (driver_id) REFERENCES drivers (driver_id),
    ADD CONSTRAINT laps_race_fk FOREIGN KEY (season, round) REFERENCES races (season, round);

-- One row per pit stop of a grand prix (Jolpica publishes them from 2011): the stop number per driver, the lap,
-- the local time of day (HH:MM:SS) and the time spent in the pit lane in milliseconds.
CREATE TABLE pit_stops (
    season      INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    driver_id   TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    stop        INTEGER NOT NULL,
    lap         INTEGER NOT NULL,
    time_of_day TEXT,
    duration_ms INTEGER,
    PRIMARY KEY (season, round, driver_id, stop),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);
