package org.f1pipeline.storage.memory;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
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
import org.f1pipeline.storage.SchemaVersion;
import org.f1pipeline.storage.StatsStore;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.storage.TransactionCallback;

/**
 * The reference {@link Storage}: everything in memory, nothing survives {@link #close()}. It follows the same
 * contract as the SQL adapters (natural-key upserts, exclude-on-update, replace semantics, foreign-key checks with
 * the same {@link org.f1pipeline.storage.StorageException} operations), so tests and JShell sessions behave as
 * production does.
 *
 * <p><b>Transactions.</b> One transaction runs at a time (a lock serialises them; reads through the accessors of
 * this class are transactions too). A transaction works on a copy-on-write fork of the data, copying a table on
 * its first write and a race's partition of that table on its first write there, and commit publishes the fork;
 * an exception from the callback simply drops the fork and propagates unchanged. Calling {@link #inTransaction}
 * again from inside a callback on the same thread is refused with {@link IllegalStateException} (it would
 * otherwise deadlock or silently escape the outer transaction).
 *
 * <p>Thread-safe. Obtain one through {@code Storages.inMemory()} or {@code new InMemoryStorage()}.
 */
public final class InMemoryStorage implements Storage {

    /** The schema version this storage reports: always the newest the library knows. */
    public static final int SCHEMA_VERSION = SchemaVersion.CURRENT_SCHEMA_VERSION;

    private final ReentrantLock lock = new ReentrantLock();
    /** The committed data; replaced (never mutated) by each commit. Guarded by {@link #lock}. */
    private World committed = new World();
    private volatile boolean closed;

    private final CatalogStore catalog = AutoCommit.of(CatalogStore.class, this, Transaction::catalog);
    private final RaceStore races = AutoCommit.of(RaceStore.class, this, Transaction::races);
    private final ResultStore results = AutoCommit.of(ResultStore.class, this, Transaction::results);
    private final LapStore laps = AutoCommit.of(LapStore.class, this, Transaction::laps);
    private final StatsStore stats = AutoCommit.of(StatsStore.class, this, Transaction::stats);
    private final FeatureStore features = AutoCommit.of(FeatureStore.class, this, Transaction::features);
    private final PredictionStore predictions = AutoCommit.of(PredictionStore.class, this, Transaction::predictions);
    private final StandingsStore standings = AutoCommit.of(StandingsStore.class, this, Transaction::standings);
    private final PitStopStore pitStops = AutoCommit.of(PitStopStore.class, this, Transaction::pitStops);
    private final NoteStore notes = AutoCommit.of(NoteStore.class, this, Transaction::notes);
    private final InputStore inputs = AutoCommit.of(InputStore.class, this, Transaction::inputs);

    /** A new, empty storage. */
    public InMemoryStorage() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when called from inside a callback on the same thread, or after {@link #close()}
     */
    @Override
    public <T> T inTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested transaction: inTransaction was called inside a transaction"
                    + " callback on the same thread; use the Transaction passed to the callback instead");
        }
        lock.lock();
        try {
            requireOpen();
            MemoryTransaction tx = new MemoryTransaction(committed.fork());
            try {
                T result = callback.apply(tx);
                committed = tx.world();
                return result;
            } finally {
                tx.end();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Each call runs in its own transaction. */
    @Override
    public CatalogStore catalog() {
        return catalog;
    }

    /** Each call runs in its own transaction. */
    @Override
    public RaceStore races() {
        return races;
    }

    /** Each call runs in its own transaction. */
    @Override
    public ResultStore results() {
        return results;
    }

    /** Each call runs in its own transaction. */
    @Override
    public LapStore laps() {
        return laps;
    }

    /** Each call runs in its own transaction. */
    @Override
    public StatsStore stats() {
        return stats;
    }

    /** Each call runs in its own transaction. */
    @Override
    public FeatureStore features() {
        return features;
    }

    /** Each call runs in its own transaction. */
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

    /** Each call runs in its own transaction. */
    @Override
    public InputStore inputs() {
        return inputs;
    }

    /** Always {@link #SCHEMA_VERSION}. */
    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** {@code memory:}, the URL {@code Storages.open} accepts for this storage. */
    @Override
    public String describe() {
        return "memory:";
    }

    /** Drops the data; later transactions fail with {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            committed = new World();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryStorage[memory:]";
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the in-memory storage is closed");
        }
    }
}
