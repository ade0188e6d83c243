-- f1pipeline schema version 2 for PostgreSQL: official championship standings after every round.
-- Every result keeps its place in Jolpica's classification order (its "position", Ergast's positionOrder), which
-- the championship countback ranks retirements by.
ALTER TABLE race_results ADD COLUMN position_order INTEGER;
ALTER TABLE sprint_results ADD COLUMN position_order INTEGER;

-- The drivers' table after each round; constructor_id is the team of the driver's latest race so far.
CREATE TABLE driver_standings (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    driver_id      TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    constructor_id TEXT COLLATE "C" NOT NULL REFERENCES constructors (constructor_id),
    position       INTEGER NOT NULL,
    position_text  TEXT    NOT NULL,
    points         DOUBLE PRECISION NOT NULL,
    wins           INTEGER NOT NULL,
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

-- The constructors' table after each round (from 1958).
CREATE TABLE constructor_standings (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    constructor_id TEXT COLLATE "C" NOT NULL REFERENCES constructors (constructor_id),
    position       INTEGER NOT NULL,
    position_text  TEXT    NOT NULL,
    points         DOUBLE PRECISION NOT NULL,
    wins           INTEGER NOT NULL,
    PRIMARY KEY (season, round, constructor_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

-- The rows of a driver's other cars in one race (1950s shared drives): the result tables keep one row per driver,
-- the countback counts every car. Same columns as race_results, keyed by the classification order.
CREATE TABLE shared_drive_results (
    season          INTEGER NOT NULL,
    round           INTEGER NOT NULL,
    race_type       TEXT COLLATE "C" NOT NULL CHECK (race_type IN ('grand_prix', 'sprint')),
    driver_id       TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    position_order  INTEGER NOT NULL,
    constructor_id  TEXT COLLATE "C" NOT NULL REFERENCES constructors (constructor_id),
    car_number      INTEGER,
    finish_position INTEGER,
    position_text   TEXT    NOT NULL,
    grid            INTEGER NOT NULL,
    points          DOUBLE PRECISION NOT NULL,
    status          TEXT    NOT NULL,
    total_time_ms   BIGINT,
    laps            INTEGER,
    fastest_lap     BOOLEAN NOT NULL,
    PRIMARY KEY (season, round, race_type, driver_id, position_order),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);
