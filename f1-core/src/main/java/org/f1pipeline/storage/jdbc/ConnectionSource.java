package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where a {@link JdbcStorage} gets the connection for one transaction.
 *
 * <p>{@link #acquire()} hands a connection to the calling thread for the length of one transaction;
 * {@link #release(Connection)} takes it back after the transaction has been committed or rolled back and
 * auto-commit restored. A connection that broke during the transaction is closed by the storage before it is
 * released, so a source may drop closed connections. Implementations are thread-safe.
 */
public interface ConnectionSource extends AutoCloseable {

    /**
     * A connection for one transaction, used only by the calling thread until {@link #release(Connection)}. May
     * block (e.g. while another thread holds the only connection).
     */
    Connection acquire() throws SQLException;

    /** Takes back a connection obtained from {@link #acquire()}; never throws. */
    void release(Connection connection);

    /**
     * Tells the source that {@code connection}, obtained from {@link #acquire()} and not yet released, is broken
     * (the server went away, or the storage cannot trust its state). The default closes it; a source that keeps
     * connections also drops those that are likely broken the same way, and a source with one connection opens a
     * new one for the next transaction. Never throws.
     */
    default void discard(Connection connection) {
        Jdbc.closeQuietly(connection);
    }

    /** Closes every connection this source owns. Idempotent; never throws. */
    @Override
    void close();

    /**
     * One connection shared by every transaction, which therefore run one at a time (fair lock). Right for SQLite,
     * which has a single writer anyway, and required for an in-memory SQLite database, which lives exactly as long
     * as its connection. {@link #close()} closes the connection.
     */
    static ConnectionSource single(Connection connection) {
        return new SingleConnectionSource(connection);
    }

    /** Opens a new connection, for a source that replaces a broken one. */
    @FunctionalInterface
    interface Opener {
        /** A new, open connection configured as the storage needs it. */
        Connection open() throws SQLException;
    }

    /**
     * One connection shared by every transaction, as {@link #single(Connection)}, opened by {@code opener} and
     * opened again when it was closed after a failure (a busy or full database, a broken connection): one failed
     * job never leaves the storage without a working connection. For a file database, not an in-memory one
     * (a new connection to {@code :memory:} is a new, empty database).
     *
     * @throws SQLException when the first connection cannot be opened
     */
    static ConnectionSource single(Opener opener) throws SQLException {
        return new SingleConnectionSource(opener, opener.open());
    }

    /**
     * Borrows a connection from {@code dataSource} per transaction and closes it afterwards (which, for a pooled
     * data source, returns it to the pool). {@link #close()} does nothing: the caller owns the data source.
     */
    static ConnectionSource of(DataSource dataSource) {
        return new DataSourceConnectionSource(dataSource);
    }

    /**
     * Opens connections from {@code dataSource} (typically a plain driver data source) and keeps up to
     * {@code maxIdle} of them open between transactions, so that short transactions do not pay for a new
     * connection each time. Connections idle for a while are validated before reuse. {@link #close()} closes the
     * idle connections.
     */
    static ConnectionSource reusing(DataSource dataSource, int maxIdle) {
        return new ReusingConnectionSource(dataSource, maxIdle);
    }
}
