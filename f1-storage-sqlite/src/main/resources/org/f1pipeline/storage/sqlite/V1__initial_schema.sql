-- f1pipeline schema version 1 for SQLite (3.39+: STRICT tables, IS DISTINCT FROM; sqlite-jdbc bundles 3.50).
-- Natural keys as primary keys; times are integer milliseconds; instants are integer epoch nanoseconds (*_ns);
-- dates are ISO-8601 text (sorts as dates); booleans are 0/1. Lap-sized tables are WITHOUT ROWID, so the
-- primary key is the table and an upsert touches one b-tree instead of two.

CREATE TABLE seasons (
    year INTEGER PRIMARY KEY,
    url  TEXT
) STRICT;

CREATE TABLE circuits (
    circuit_id             TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    locality               TEXT,
    country                TEXT,
    latitude               REAL,
    longitude              REAL,
    overtake_rate          REAL,
    safety_car_probability REAL
) STRICT;

CREATE TABLE constructors (
    constructor_id TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    nationality    TEXT
) STRICT;

CREATE TABLE drivers (
    driver_id        TEXT PRIMARY KEY,
    code             TEXT,
    permanent_number INTEGER,
    given_name       TEXT,
    family_name      TEXT NOT NULL,
    date_of_birth    TEXT,
    nationality      TEXT
) STRICT;

CREATE TABLE season_entries (
    season         INTEGER NOT NULL REFERENCES seasons (year),
    driver_id      TEXT    NOT NULL REFERENCES drivers (driver_id),
    constructor_id TEXT    NOT NULL REFERENCES constructors (constructor_id),
    car_number     INTEGER,
    first_round    INTEGER,
    PRIMARY KEY (season, driver_id, constructor_id)
) STRICT;

CREATE TABLE races (
    season                      INTEGER NOT NULL REFERENCES seasons (year),
    round                       INTEGER NOT NULL,
    name                        TEXT    NOT NULL,
    circuit_id                  TEXT    NOT NULL REFERENCES circuits (circuit_id),
    race_date                   TEXT    NOT NULL,
    event_format                TEXT    NOT NULL,
    status                      TEXT    NOT NULL,
    fp1_start_ns                INTEGER,
    fp2_start_ns                INTEGER,
    fp3_start_ns                INTEGER,
    qualifying_start_ns         INTEGER,
    sprint_qualifying_start_ns  INTEGER,
    sprint_start_ns             INTEGER,
    race_start_ns               INTEGER,
    PRIMARY KEY (season, round)
) STRICT;

-- As-of reads ("every race before this date") and circuit history.
CREATE INDEX races_by_date ON races (race_date);
CREATE INDEX races_by_circuit ON races (circuit_id, race_date);

CREATE TABLE race_conditions (
    season          INTEGER NOT NULL,
    round           INTEGER NOT NULL,
    race_type       TEXT    NOT NULL,
    weather         TEXT,
    rainfall_share  REAL,
    air_temp_c      REAL,
    track_temp_c    REAL,
    humidity_pct    REAL,
    safety_car_laps INTEGER,
    vsc_laps        INTEGER,
    PRIMARY KEY (season, round, race_type),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;

CREATE TABLE qualifying_results (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    driver_id      TEXT    NOT NULL REFERENCES drivers (driver_id),
    constructor_id TEXT    NOT NULL REFERENCES constructors (constructor_id),
    car_number     INTEGER,
    position       INTEGER NOT NULL,
    q1_ms          INTEGER,
    q2_ms          INTEGER,
    q3_ms          INTEGER,
    sector1_ms     INTEGER,
    sector2_ms     INTEGER,
    sector3_ms     INTEGER,
    speed_trap_kph REAL,
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT, WITHOUT ROWID;

CREATE TABLE race_results (
    season          INTEGER NOT NULL,
    round           INTEGER NOT NULL,
    driver_id       TEXT    NOT NULL REFERENCES drivers (driver_id),
    constructor_id  TEXT    NOT NULL REFERENCES constructors (constructor_id),
    car_number      INTEGER,
    finish_position INTEGER,
    position_text   TEXT    NOT NULL,
    grid            INTEGER NOT NULL,
    points          REAL    NOT NULL,
    status          TEXT    NOT NULL,
    total_time_ms   INTEGER,
    laps            INTEGER,
    fastest_lap     INTEGER NOT NULL CHECK (fastest_lap IN (0, 1)),
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT, WITHOUT ROWID;

-- A driver's career across seasons (stats, teammate history).
CREATE INDEX race_results_by_driver ON race_results (driver_id, season, round);

-- One row per (sprint weekend, driver) with two column groups that never overwrite each other:
-- the sprint-qualifying group (sq_*) and the sprint finish group (named as in race_results).
CREATE TABLE sprint_results (
    season            INTEGER NOT NULL,
    round             INTEGER NOT NULL,
    driver_id         TEXT    NOT NULL REFERENCES drivers (driver_id),
    sq_constructor_id TEXT REFERENCES constructors (constructor_id),
    sq_car_number     INTEGER,
    sq_position       INTEGER,
    sq1_ms            INTEGER,
    sq2_ms            INTEGER,
    sq3_ms            INTEGER,
    sq_sector1_ms     INTEGER,
    sq_sector2_ms     INTEGER,
    sq_sector3_ms     INTEGER,
    sq_speed_trap_kph REAL,
    constructor_id    TEXT REFERENCES constructors (constructor_id),
    car_number        INTEGER,
    finish_position   INTEGER,
    position_text     TEXT,
    grid              INTEGER,
    points            REAL,
    status            TEXT,
    total_time_ms     INTEGER,
    laps              INTEGER,
    fastest_lap       INTEGER CHECK (fastest_lap IN (0, 1)),
    PRIMARY KEY (season, round, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round),
    CHECK (sq_position IS NOT NULL OR position_text IS NOT NULL)
) STRICT, WITHOUT ROWID;

CREATE TABLE laps (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    race_type      TEXT    NOT NULL,
    driver_id      TEXT    NOT NULL REFERENCES drivers (driver_id),
    lap            INTEGER NOT NULL,
    lap_time_ms    INTEGER,
    sector1_ms     INTEGER,
    sector2_ms     INTEGER,
    sector3_ms     INTEGER,
    speed_trap_kph REAL,
    compound       TEXT,
    tyre_life      INTEGER,
    fresh_tyre     INTEGER CHECK (fresh_tyre IN (0, 1)),
    pit_in         INTEGER NOT NULL CHECK (pit_in IN (0, 1)),
    pit_out        INTEGER NOT NULL CHECK (pit_out IN (0, 1)),
    stint          INTEGER,
    track_status   TEXT,
    position       INTEGER,
    PRIMARY KEY (season, round, race_type, driver_id, lap),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT, WITHOUT ROWID;

CREATE TABLE long_runs (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    driver_id     TEXT    NOT NULL REFERENCES drivers (driver_id),
    compound      TEXT    NOT NULL,
    median_lap_ms INTEGER NOT NULL,
    stint_length  INTEGER NOT NULL,
    best_lap_ms   INTEGER,
    PRIMARY KEY (season, round, driver_id, compound),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;

CREATE TABLE driver_season_stats (
    season                     INTEGER NOT NULL REFERENCES seasons (year),
    driver_id                  TEXT    NOT NULL REFERENCES drivers (driver_id),
    through_round              INTEGER NOT NULL,
    races_entered              INTEGER NOT NULL,
    races_finished             INTEGER NOT NULL,
    wins                       INTEGER NOT NULL,
    podiums                    INTEGER NOT NULL,
    poles                      INTEGER NOT NULL,
    total_points               REAL    NOT NULL,
    championship_position      INTEGER,
    avg_finish_position        REAL,
    win_rate                   REAL    NOT NULL,
    avg_position_gain          REAL,
    dnf_count                  INTEGER NOT NULL,
    dnf_rate                   REAL    NOT NULL,
    avg_sector1_ms             INTEGER,
    avg_sector2_ms             INTEGER,
    avg_sector3_ms             INTEGER,
    top_speed_kph              REAL,
    teammate_quali_delta       REAL,
    sprint_races_entered       INTEGER NOT NULL,
    sprint_wins                INTEGER NOT NULL,
    sprint_podiums             INTEGER NOT NULL,
    sprint_points              REAL    NOT NULL,
    sprint_avg_finish_position REAL,
    sprint_win_rate            REAL,
    PRIMARY KEY (season, driver_id)
) STRICT;

CREATE TABLE team_season_stats (
    season                INTEGER NOT NULL REFERENCES seasons (year),
    constructor_id        TEXT    NOT NULL REFERENCES constructors (constructor_id),
    through_round         INTEGER NOT NULL,
    races_completed       INTEGER NOT NULL,
    entries               INTEGER NOT NULL,
    wins                  INTEGER NOT NULL,
    podiums               INTEGER NOT NULL,
    total_points          REAL    NOT NULL,
    championship_position INTEGER,
    avg_finish_position   REAL,
    car_performance_score REAL,
    dnf_count             INTEGER NOT NULL,
    reliability_score     REAL,
    sprint_wins           INTEGER NOT NULL,
    sprint_podiums        INTEGER NOT NULL,
    sprint_points         REAL    NOT NULL,
    PRIMARY KEY (season, constructor_id)
) STRICT;

-- Feature scores: a JSON object {feature: score} in the model's feature order (see docs/storage.md).
CREATE TABLE features (
    season        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    race_type     TEXT    NOT NULL,
    model_version TEXT    NOT NULL,
    driver_id     TEXT    NOT NULL REFERENCES drivers (driver_id),
    scores_json   TEXT    NOT NULL,
    raw_score     REAL    NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, driver_id),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;

CREATE TABLE predictions (
    season         INTEGER NOT NULL,
    round          INTEGER NOT NULL,
    race_type      TEXT    NOT NULL,
    model_version  TEXT    NOT NULL,
    computed_at_ns INTEGER NOT NULL,
    as_of_ns       INTEGER NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, computed_at_ns),
    FOREIGN KEY (season, round) REFERENCES races (season, round)
) STRICT;

CREATE TABLE prediction_drivers (
    season             INTEGER NOT NULL,
    round              INTEGER NOT NULL,
    race_type          TEXT    NOT NULL,
    model_version      TEXT    NOT NULL,
    computed_at_ns     INTEGER NOT NULL,
    driver_id          TEXT    NOT NULL REFERENCES drivers (driver_id),
    probability        REAL    NOT NULL,
    rank               INTEGER NOT NULL,
    raw_score          REAL    NOT NULL,
    contributions_json TEXT    NOT NULL,
    PRIMARY KEY (season, round, race_type, model_version, computed_at_ns, driver_id),
    FOREIGN KEY (season, round, race_type, model_version, computed_at_ns)
        REFERENCES predictions (season, round, race_type, model_version, computed_at_ns) ON DELETE CASCADE
) STRICT;
