package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/** One connection behind a fair lock: transactions from several threads run one after the other. */
final class SingleConnectionSource implements ConnectionSource {

    private final Connection connection;
    // Fair, so that a thread running many short transactions in a loop cannot starve the others.
    private final ReentrantLock lock = new ReentrantLock(true);
    private boolean closed;

    SingleConnectionSource(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public Connection acquire() throws SQLException {
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new SQLException("connection source is closed");
        }
        return connection;
    }

    @Override
    public void release(Connection released) {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
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
