-- f1pipeline schema version 3 for SQLite: pit stops (SQLite's laps kept their foreign keys all along).
-- One row per pit stop of a grand prix (Jolpica publishes them from 2011): the stop number per driver, the lap,
-- the local time of day (HH:MM:SS) and the time spent in the pit lane in milliseconds.
CREATE TABLE pit_stops (
    season      INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    driver_id   TEXT    NOT NULL REFERENCES drivers (driver_id),
    stop        INTEGER NOT NULL,
    lap         INTEGER NOT NULL,
    time_of_day TEXT,
    duration_ms INTEGER,
    PRIMARY KEY (season, round, driver_id, stop),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;
