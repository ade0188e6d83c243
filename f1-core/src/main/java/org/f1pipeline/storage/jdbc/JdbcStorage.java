package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
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
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.storage.TransactionCallback;

/**
 * Base class of the SQL adapters: a complete {@link Storage} over a {@link ConnectionSource}, a {@link SqlDialect}
 * and the adapter's {@link Migration}s. An adapter subclasses it only to add its factories.
 *
 * <p><b>Transactions.</b> {@link #inTransaction} runs the callback on one connection with auto-commit off, commits
 * when it returns, and on any {@link Throwable} rolls back and rethrows the very same instance. Calling
 * {@code inTransaction} again (directly, or through a store of the {@code Storage}) from inside a callback on the
 * same thread is a programming error and fails with {@link IllegalStateException}: use the {@link Transaction}
 * passed to the callback. The isolation level is the connection's default (SQLite: serializable; PostgreSQL: read
 * committed), and every transaction of one instance either shares one connection behind a lock or has its own.
 *
 * <p><b>Opening.</b> The constructor applies pending migrations in one transaction (see {@link MigrationRunner}) and
 * fails with {@link org.f1pipeline.storage.SchemaVersionException} on a database written by a newer library; in
 * every failure case it closes the connection source before throwing.
 *
 * <p>Thread-safe. Every {@link java.sql.SQLException} surfaces as a {@link StorageException} naming the operation.
 */
public abstract class JdbcStorage implements Storage {

    private final ConnectionSource connections;
    private final SqlDialect dialect;
    private final String description;
    private final int schemaVersion;
    // Per instance: a transaction on another storage (e.g. copying between two databases) is not nesting.
    private final ThreadLocal<Boolean> active = new ThreadLocal<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * The auto-transaction stores ({@link AutoTransaction}), made on first use: each is a dynamic proxy class
     * generated at run time, about 1.5 ms apiece in a fresh JVM, and most programs (a recompute, a job) only use
     * transactions.
     */
    private final Map<Class<?>, Object> autoStores = new ConcurrentHashMap<>();

    /**
     * Opens the storage: migrates the database and takes ownership of {@code connections} (closed by
     * {@link #close()}, or before this constructor throws).
     *
     * @param description what {@link #describe()} returns, e.g. {@code sqlite:/data/f1.db}; must not contain a
     *                    password
     */
    protected JdbcStorage(ConnectionSource connections, SqlDialect dialect, List<Migration> migrations,
                          String description) {
        this.connections = Objects.requireNonNull(connections, "connections");
        try {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            this.description = Objects.requireNonNull(description, "description");
            MigrationRunner runner = new MigrationRunner(dialect, migrations);
            this.schemaVersion = transaction("migrate schema", c -> runner.migrate(c, description));
        } catch (RuntimeException | Error e) {
            connections.close();
            throw e;
        }
    }

    @Override
    public final <T> T inTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        return transaction("run transaction", connection -> {
            JdbcSession session = new JdbcSession(connection, dialect);
            try {
                return callback.apply(new JdbcTransaction(session));
            } finally {
                // Ends the session even on success, before the commit: a Transaction leaked out of the callback
                // must not write into a later transaction on the same connection.
                session.close();
            }
        });
    }

    /** Work on the raw connection of one transaction. */
    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection);
    }

    private <T> T transaction(String operation, ConnectionWork<T> work) {
        if (closed.get()) {
            throw new IllegalStateException("storage " + description + " is closed");
        }
        if (active.get() != null) {
            throw new IllegalStateException("nested transaction on " + description + ": inside a transaction"
                    + " callback, use the Transaction passed to it instead of the Storage");
        }
        Connection connection = begin(operation);
        active.set(Boolean.TRUE);
        try {
            T result = work.run(connection);
            try {
                connection.commit();
            } catch (SQLException e) {
                throw SqlFailure.wrap(operation, "commit failed: " + e.getMessage(), e, dialect);
            }
            return result;
        } catch (Throwable failure) {
            rollback(connection, failure);
            if (lostConnection(failure)) {
                // Closed here, so that the source never hands it out again (and drops its siblings).
                connections.discard(connection);
            }
            throw Jdbc.rethrow(failure);
        } finally {
            endTransaction(connection);
            active.remove();
            connections.release(connection);
        }
    }

    /**
     * A connection with a transaction begun. A connection found broken at this point (nothing has been done yet)
     * is discarded and the begin tried once more on a fresh one: after a database restart the next job simply gets
     * a working connection. A database locked by another process fails with
     * {@link org.f1pipeline.storage.StorageBusyException} once the busy timeout has passed.
     */
    private Connection begin(String operation) {
        for (int attempt = 1; ; attempt++) {
            Connection connection;
            try {
                connection = connections.acquire();
            } catch (SQLException e) {
                throw SqlFailure.wrap(operation, "cannot get a connection: " + e.getMessage(), e, dialect);
            }
            try {
                dialect.begin(connection);
                return connection;
            } catch (SQLException | RuntimeException e) {
                boolean lost = e instanceof SQLException sql && dialect.classify(sql) == SqlFailure.CONNECTION_LOST;
                if (lost) {
                    connections.discard(connection);
                } else {
                    endTransaction(connection);
                }
                connections.release(connection);
                if (lost && attempt == 1) {
                    continue;
                }
                if (e instanceof SQLException sql) {
                    throw SqlFailure.wrap(operation, "cannot begin a transaction: " + e.getMessage(), sql, dialect);
                }
                throw (RuntimeException) e;
            }
        }
    }

    /** Whether {@code failure} (or its cause chain) says the connection itself is broken. */
    private boolean lostConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && dialect.classify(sql) == SqlFailure.CONNECTION_LOST) {
                return true;
            }
        }
        return false;
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            // The original failure is what the caller needs; a broken connection is closed in endTransaction.
            failure.addSuppressed(e);
        }
    }

    private void endTransaction(Connection connection) {
        try {
            if (!connection.isClosed()) {
                dialect.end(connection);
            }
        } catch (SQLException e) {
            // The connection is in an unknown state: close it so that its source never hands it out again (a
            // source that can reopen gives the next transaction a new one).
            Jdbc.closeQuietly(connection);
        }
    }

    /** The dialect this storage speaks. */
    protected final SqlDialect dialect() {
        return dialect;
    }

    @Override
    public final CatalogStore catalog() {
        return auto(CatalogStore.class, Transaction::catalog);
    }

    @Override
    public final RaceStore races() {
        return auto(RaceStore.class, Transaction::races);
    }

    @Override
    public final ResultStore results() {
        return auto(ResultStore.class, Transaction::results);
    }

    @Override
    public final LapStore laps() {
        return auto(LapStore.class, Transaction::laps);
    }

    @Override
    public final StatsStore stats() {
        return auto(StatsStore.class, Transaction::stats);
    }

    @Override
    public final FeatureStore features() {
        return auto(FeatureStore.class, Transaction::features);
    }

    @Override
    public final PredictionStore predictions() {
        return auto(PredictionStore.class, Transaction::predictions);
    }

    @Override
    public final StandingsStore standings() {
        return auto(StandingsStore.class, Transaction::standings);
    }

    @Override
    public final PitStopStore pitStops() {
        return auto(PitStopStore.class, Transaction::pitStops);
    }

    /** Each call runs in its own transaction. */
    @Override
    public final NoteStore notes() {
        return auto(NoteStore.class, Transaction::notes);
    }

    @Override
    public final InputStore inputs() {
        return auto(InputStore.class, Transaction::inputs);
    }

    private <S> S auto(Class<S> type, Function<Transaction, S> store) {
        return type.cast(autoStores.computeIfAbsent(type, t -> AutoTransaction.stores(type, this, store)));
    }

    /** The schema version the database had once this storage had opened (and migrated) it. */
    @Override
    public final int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public final String describe() {
        return description;
    }

    /** Closes the connection source, waiting for a running transaction when the source is a single connection. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            connections.close();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + description + "]";
    }
}
