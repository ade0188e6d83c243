package org.f1pipeline.storage.jdbc;

import org.f1pipeline.storage.CatalogStore;
import org.f1pipeline.storage.FeatureStore;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.LapStore;
import org.f1pipeline.storage.PitStopStore;
import org.f1pipeline.storage.PredictionStore;
import org.f1pipeline.storage.RaceStore;
import org.f1pipeline.storage.ResultStore;
import org.f1pipeline.storage.NoteStore;
import org.f1pipeline.storage.StandingsStore;
import org.f1pipeline.storage.StatsStore;
import org.f1pipeline.storage.Transaction;

/** The stores of one transaction, all on the transaction's {@link JdbcSession}. */
final class JdbcTransaction implements Transaction {

    private final CatalogStore catalog;
    private final RaceStore races;
    private final ResultStore results;
    private final LapStore laps;
    private final StatsStore stats;
    private final FeatureStore features;
    private final PredictionStore predictions;
    private final StandingsStore standings;
    private final PitStopStore pitStops;
    private final NoteStore notes;
    private final InputStore inputs;

    JdbcTransaction(JdbcSession session) {
        this.catalog = new JdbcCatalogStore(session);
        this.races = new JdbcRaceStore(session);
        this.results = new JdbcResultStore(session);
        this.laps = new JdbcLapStore(session);
        this.stats = new JdbcStatsStore(session);
        this.features = new JdbcFeatureStore(session);
        this.predictions = new JdbcPredictionStore(session);
        this.standings = new JdbcStandingsStore(session);
        this.pitStops = new JdbcPitStopStore(session);
        this.notes = new JdbcNoteStore(session);
        this.inputs = new JdbcInputStore(session);
    }

    @Override
    public CatalogStore catalog() {
        return catalog;
    }

    @Override
    public RaceStore races() {
        return races;
    }

    @Override
    public ResultStore results() {
        return results;
    }

    @Override
    public LapStore laps() {
        return laps;
    }

    @Override
    public StatsStore stats() {
        return stats;
    }

    @Override
    public FeatureStore features() {
        return features;
    }

    @Override
    public PredictionStore predictions() {
        return predictions;
    }

    @Override
    public StandingsStore standings() {
        return standings;
    }

    @Override
    public PitStopStore pitStops() {
        return pitStops;
    }

    @Override
    public NoteStore notes() {
        return notes;
    }

    @Override
    public InputStore inputs() {
        return inputs;
    }
}
