package org.f1pipeline.storage.memory;

import org.f1pipeline.storage.CatalogStore;
import org.f1pipeline.storage.FeatureStore;
import org.f1pipeline.storage.LapStore;
import org.f1pipeline.storage.PitStopStore;
import org.f1pipeline.storage.PredictionStore;
import org.f1pipeline.storage.RaceStore;
import org.f1pipeline.storage.ResultStore;
import org.f1pipeline.storage.NoteStore;
import org.f1pipeline.storage.StandingsStore;
import org.f1pipeline.storage.StatsStore;
import org.f1pipeline.storage.Transaction;

/**
 * One in-memory transaction: the stores over a private {@link World}. Becomes unusable when its callback ends, so a
 * leaked transaction (or a store taken from it) cannot write behind the storage's back.
 */
final class MemoryTransaction implements Transaction {

    private final World world;
    private boolean active = true;
    private final MemoryCatalog catalog = new MemoryCatalog(this);
    private final MemoryRaces races = new MemoryRaces(this);
    private final MemoryResults results = new MemoryResults(this);
    private final MemoryLaps laps = new MemoryLaps(this);
    private final MemoryStats stats = new MemoryStats(this);
    private final MemoryFeatures features = new MemoryFeatures(this);
    private final MemoryPredictions predictions = new MemoryPredictions(this);
    private final MemoryStandings standings = new MemoryStandings(this);
    private final MemoryPitStops pitStops = new MemoryPitStops(this);
    private final MemoryNotes notes = new MemoryNotes(this);
    private final MemoryInputs inputs = new MemoryInputs(this);

    MemoryTransaction(World world) {
        this.world = world;
    }

    /** The transaction's world; fails once the callback has returned. */
    World world() {
        if (!active) {
            throw new IllegalStateException("this transaction is over: a Transaction, and the stores taken from it,"
                    + " may only be used inside the callback that received it");
        }
        return world;
    }

    void end() {
        active = false;
    }

    @Override
    public CatalogStore catalog() {
        world();
        return catalog;
    }

    @Override
    public RaceStore races() {
        world();
        return races;
    }

    @Override
    public ResultStore results() {
        world();
        return results;
    }

    @Override
    public LapStore laps() {
        world();
        return laps;
    }

    @Override
    public StatsStore stats() {
        world();
        return stats;
    }

    @Override
    public FeatureStore features() {
        world();
        return features;
    }

    @Override
    public PredictionStore predictions() {
        world();
        return predictions;
    }

    @Override
    public StandingsStore standings() {
        world();
        return standings;
    }

    @Override
    public PitStopStore pitStops() {
        world();
        return pitStops;
    }

    @Override
    public NoteStore notes() {
        world();
        return notes;
    }

    @Override
    public MemoryInputs inputs() {
        world();
        return inputs;
    }
}
