package org.f1pipeline.storage;

/**
 * Access to the small stores, one concern each. Implemented by a {@link Transaction} (all calls share one
 * transaction) and by {@link Storage} itself (each call is its own transaction, handy in JShell).
 */
public interface Stores {

    /** Seasons, circuits, teams, drivers and season entry lists. */
    CatalogStore catalog();

    /** Race weekends, their status and observed conditions. */
    RaceStore races();

    /** Qualifying, sprint qualifying, sprint and grand-prix classifications. */
    ResultStore results();

    /** Lap times and FP2 long runs. */
    LapStore laps();

    /** Driver and team season statistics. */
    StatsStore stats();

    /** Model feature rows. */
    FeatureStore features();

    /** Versioned predictions. */
    PredictionStore predictions();

    /** Official championship standings after every round. */
    StandingsStore standings();

    /** Pit stops of grands prix. */
    PitStopStore pitStops();

    /** Notes on irregular published data, per race and session. */
    NoteStore notes();

    /**
     * Input versions and what derived rows were computed from: every input write records one, so derived data
     * knows when it is stale (docs/storage.md, "Input versions").
     */
    InputStore inputs();
}
