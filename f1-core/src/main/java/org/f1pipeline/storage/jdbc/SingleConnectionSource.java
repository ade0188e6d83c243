package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One connection behind a fair lock: transactions from several threads run one after the other. With an opener,
 * a connection that was closed (the storage closes one it cannot trust after a failure) is replaced by a new one
 * on the next {@link #acquire()}, so one failed job never leaves every later job with "connection closed".
 */
final class SingleConnectionSource implements ConnectionSource {

    private final ConnectionSource.Opener opener;
    // Fair, so that a thread running many short transactions in a loop cannot starve the others.
    private final ReentrantLock lock = new ReentrantLock(true);
    private Connection connection;
    private boolean closed;

    SingleConnectionSource(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.opener = null;
    }

    SingleConnectionSource(ConnectionSource.Opener opener, Connection first) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.connection = Objects.requireNonNull(first, "first");
    }

    @Override
    public Connection acquire() throws SQLException {
        lock.lock();
        try {
            if (closed) {
                throw new SQLException("connection source is closed");
            }
            if (opener != null && connection.isClosed()) {
                connection = opener.open();
            }
            return connection;
        } catch (SQLException | RuntimeException | Error e) {
            lock.unlock();
            throw e;
        }
    }

    @Override
    public void release(Connection released) {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    /** Closes the connection; with an opener the next transaction gets a new one. */
    @Override
    public void discard(Connection broken) {
        Jdbc.closeQuietly(broken);
    }

    @Override
    public void close() {
        // Taking the lock waits for a running transaction to finish instead of pulling the connection from under it.
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                Jdbc.closeQuietly(connection);
            }
        } finally {
            lock.unlock();
        }
    }
}
