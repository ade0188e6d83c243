-- f1pipeline schema version 1 for PostgreSQL (9.5+).
-- Natural keys as primary keys; times are integer milliseconds; instants are epoch nanoseconds in BIGINT (*_ns),
-- exact to the nanosecond so that a prediction's computed-at key reads back equal. Text keys use COLLATE "C" so
-- that ORDER BY sorts ids exactly as Java's String.compareTo does, whatever the database's default collation.
-- Tables are created in the current schema (the storage's schema, through search_path).

CREATE TABLE seasons (
    year INTEGER PRIMARY KEY,
    url  TEXT
);

CREATE TABLE circuits (
    circuit_id             TEXT COLLATE "C" PRIMARY KEY,
    name                   TEXT NOT NULL,
    locality               TEXT,
    country                TEXT,
    latitude               DOUBLE PRECISION,
    longitude              DOUBLE PRECISION,
    overtake_rate          DOUBLE PRECISION,
    safety_car_probability DOUBLE PRECISION
);

CREATE TABLE constructors (
    constructor_id TEXT COLLATE "C" PRIMARY KEY,
    name           TEXT NOT NULL,
    nationality    TEXT
);

CREATE TABLE drivers (
    driver_id        TEXT COLLATE "C" PRIMARY KEY,
    code             TEXT,
    permanent_number INTEGER,
    given_name       TEXT,
    family_name      TEXT NOT NULL,
    date_of_birth    DATE,
    nationality      TEXT
);

CREATE TABLE season_entries (
    season         INTEGER NOT NULL REFERENCES seasons (year),
    driver_id      TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    constructor_id TEXT COLLATE "C" NOT NULL REFERENCES constructors (constructor_id),
    car_number     INTEGER,
    first_round    INTEGER,
    PRIMARY KEY (season, driver_id, constructor_id)
);

CREATE TABLE races (
    season                      INTEGER NOT NULL REFERENCES seasons (year),
    round                       INTEGER NOT NULL,
    name                        TEXT    NOT NULL,
    circuit_id                  TEXT COLLATE "C" NOT NULL REFERENCES circuits (circuit_id),
    race_date                   DATE    NOT NULL,
    event_format                TEXT    NOT NULL,
    status                      TEXT    NOT NULL,
    fp1_start_ns                BIGINT,
    fp2_start_ns                BIGINT,
    fp3_start_ns                BIGINT,
    qualifying_start_ns         BIGINT,
    sprint_qualifying_start_ns  BIGINT,
    sprint_start_ns             BIGINT,
    race_start_ns               BIGINT,
    PRIMARY KEY (season, round)
);

-- As-of reads ("every race before this date") and circuit history.
CREATE INDEX races_by_date ON races (race_date);
CREATE INDEX races_by_circuit ON races (circuit_id, race_date);

CREATE TABLE race_conditions (
    season          INTEGER NOT NULL,
    round           INTEGER NOT NULL,
    race_type       TEXT COLLATE "C" NOT NULL,
    weather         TEXT,
    rainfall_share  DOUBLE PRECISION,
    air_temp_c      DOUBLE PRECISION,
    track_temp_c    DOUBLE PRECISION,
    humidity_pct    DOUBLE PRECISION,
    safety_car_laps INTEGER,
    vsc_laps        INTEGER,
    PRIMARY KEY (season, round, race_type),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

CREATE TABLE qualifying_results (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    driver_id      TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    constructor_id TEXT COLLATE "C" NOT NULL REFERENCES constructors (constructor_id),
    car_number     INTEGER,
    position       INTEGER NOT NULL,
    q1_ms          INTEGER,
    q2_ms          INTEGER,
    q3_ms          INTEGER,
    sector1_ms     INTEGER,
    sector2_ms     INTEGER,
    sector3_ms     INTEGER,
    speed_trap_kph DOUBLE PRECISION,
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

CREATE TABLE race_results (
    season          INTEGER NOT NULL,
    round           INTEGER NOT NULL,
    driver_id       TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
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
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

-- A driver's career across seasons (stats, teammate history).
CREATE INDEX race_results_by_driver ON race_results (driver_id, season, round);

-- One row per (sprint weekend, driver) with two column groups that never overwrite each other:
-- the sprint-qualifying group (sq_*) and the sprint finish group (named as in race_results).
CREATE TABLE sprint_results (
    season            INTEGER NOT NULL,
    round             INTEGER NOT NULL,
    driver_id         TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    sq_constructor_id TEXT COLLATE "C" REFERENCES constructors (constructor_id),
    sq_car_number     INTEGER,
    sq_position       INTEGER,
    sq1_ms            INTEGER,
    sq2_ms            INTEGER,
    sq3_ms            INTEGER,
    sq_sector1_ms     INTEGER,
    sq_sector2_ms     INTEGER,
    sq_sector3_ms     INTEGER,
    sq_speed_trap_kph DOUBLE PRECISION,
    constructor_id    TEXT COLLATE "C" REFERENCES constructors (constructor_id),
    car_number        INTEGER,
    finish_position   INTEGER,
    position_text     TEXT,
    grid              INTEGER,
    points            DOUBLE PRECISION,
    status            TEXT,
    total_time_ms     BIGINT,
    laps              INTEGER,
    fastest_lap       BOOLEAN,
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round),
    CHECK (sq_position IS NOT NULL OR position_text IS NOT NULL)
);

-- The one bulk table (hundreds of thousands of rows a season) carries no FOREIGN KEY: PostgreSQL checks a foreign
-- key with a per-row trigger that locks the parent row, which measured as ~70% of the server time of a bulk lap
-- upsert. The library checks every lap's race and driver before writing (the same check that gives the contract's
-- "race 2024-07 does not exist" error), and never deletes races or drivers. See docs/storage.md.
CREATE TABLE laps (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    race_type      TEXT COLLATE "C" NOT NULL,
    driver_id      TEXT COLLATE "C" NOT NULL,
    lap            INTEGER NOT NULL,
    lap_time_ms    INTEGER,
    sector1_ms     INTEGER,
    sector2_ms     INTEGER,
    sector3_ms     INTEGER,
    speed_trap_kph DOUBLE PRECISION,
    compound       TEXT COLLATE "C",
    tyre_life      INTEGER,
    fresh_tyre     BOOLEAN,
    pit_in         BOOLEAN NOT NULL,
    pit_out        BOOLEAN NOT NULL,
    stint          INTEGER,
    track_status   TEXT,
    position       INTEGER,
    PRIMARY KEY (season, round, race_type, driver_id, lap)
);

CREATE TABLE long_runs (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    driver_id     TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    compound      TEXT COLLATE "C" NOT NULL,
    median_lap_ms INTEGER NOT NULL,
    stint_length  INTEGER NOT NULL,
    best_lap_ms   INTEGER,
    PRIMARY KEY (season, round, driver_id, compound),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

CREATE TABLE driver_season_stats (
    season                     INTEGER NOT NULL REFERENCES seasons (year),
    driver_id                  TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    through_round              INTEGER NOT NULL,
    races_entered              INTEGER NOT NULL,
    races_finished             INTEGER NOT NULL,
    wins                       INTEGER NOT NULL,
    podiums                    INTEGER NOT NULL,
    poles                      INTEGER NOT NULL,
    total_points               DOUBLE PRECISION NOT NULL,
    championship_position      INTEGER,
    avg_finish_position        DOUBLE PRECISION,
    win_rate                   DOUBLE PRECISION NOT NULL,
    avg_position_gain          DOUBLE PRECISION,
    dnf_count                  INTEGER NOT NULL,
    dnf_rate                   DOUBLE PRECISION NOT NULL,
    avg_sector1_ms             INTEGER,
    avg_sector2_ms             INTEGER,
    avg_sector3_ms             INTEGER,
    top_speed_kph              DOUBLE PRECISION,
    teammate_quali_delta       DOUBLE PRECISION,
    sprint_races_entered       INTEGER NOT NULL,
    sprint_wins                INTEGER NOT NULL,
    sprint_podiums             INTEGER NOT NULL,
    sprint_points              DOUBLE PRECISION NOT NULL,
    sprint_avg_finish_position DOUBLE PRECISION,
    sprint_win_rate            DOUBLE PRECISION,
    PRIMARY KEY (season, driver_id)
);

CREATE TABLE team_season_stats (
    season                INTEGER NOT NULL REFERENCES seasons (year),
    constructor_id        TEXT COLLATE "C" NOT NULL REFERENCES constructors (constructor_id),
    through_round         INTEGER NOT NULL,
    races_completed       INTEGER NOT NULL,
    entries               INTEGER NOT NULL,
    wins                  INTEGER NOT NULL,
    podiums               INTEGER NOT NULL,
    total_points          DOUBLE PRECISION NOT NULL,
    championship_position INTEGER,
    avg_finish_position   DOUBLE PRECISION,
    car_performance_score DOUBLE PRECISION,
    dnf_count             INTEGER NOT NULL,
    reliability_score     DOUBLE PRECISION,
    sprint_wins           INTEGER NOT NULL,
    sprint_podiums        INTEGER NOT NULL,
    sprint_points         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (season, constructor_id)
);

-- Feature scores: a JSON object {feature: score} in the model's feature order (see docs/storage.md).
CREATE TABLE features (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    race_type     TEXT COLLATE "C" NOT NULL,
    model_version TEXT COLLATE "C" NOT NULL,
    driver_id     TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    scores_json   TEXT    NOT NULL,
    raw_score     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

CREATE TABLE predictions (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    race_type      TEXT COLLATE "C" NOT NULL,
    model_version  TEXT COLLATE "C" NOT NULL,
    computed_at_ns BIGINT NOT NULL,
    as_of_ns       BIGINT NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, computed_at_ns),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
);

CREATE TABLE prediction_drivers (
    season             INTEGER NOT NULL,
    round              INTEGER NOT NULL,
    race_type          TEXT COLLATE "C" NOT NULL,
    model_version      TEXT COLLATE "C" NOT NULL,
    computed_at_ns     BIGINT NOT NULL,
    driver_id          TEXT COLLATE "C" NOT NULL REFERENCES drivers (driver_id),
    probability        DOUBLE PRECISION NOT NULL,
    rank               INTEGER NOT NULL,
    raw_score          DOUBLE PRECISION NOT NULL,
    contributions_json TEXT    NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, computed_at_ns, driver_id),
    FOREIGN KEY (season, round, race_type, model_version, computed_at_ns)
        REFERENCES predictions (season, round, race_type, model_version, computed_at_ns) ON DELETE CASCADE
);
