package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a few connections open between transactions. Not a pool: it never limits how many connections are open
 * at once, it only avoids reconnecting for every short transaction.
 */
final class ReusingConnectionSource implements ConnectionSource {

    /** Connections idle longer than this are checked before reuse (the server may have dropped them). */
    private static final long VALIDATE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final javax.sql.DataSource dataSource;
    private final int maxIdle;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    private record Idle(Connection connection, long since) {
    }

    ReusingConnectionSource(javax.sql.DataSource dataSource, int maxIdle) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (maxIdle < 0) {
            throw new IllegalArgumentException("maxIdle must be >= 0, was " + maxIdle);
        }
        this.maxIdle = maxIdle;
    }

    @Override
    public Connection acquire() throws SQLException {
        while (true) {
            Idle candidate;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("connection source is closed");
                }
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return dataSource.getConnection();
            }
            if (System.nanoTime() - candidate.since() < VALIDATE_AFTER_NANOS || isValid(candidate.connection())) {
                return candidate.connection();
            }
            Jdbc.closeQuietly(candidate.connection());
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            if (connection.isClosed()) {
                return;
            }
        } catch (SQLException e) {
            Jdbc.closeQuietly(connection);
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < maxIdle) {
                // Most recently used first: it is the one most likely to still be alive.
                idle.addFirst(new Idle(connection, System.nanoTime()));
                return;
            }
        }
        Jdbc.closeQuietly(connection);
    }

    /**
     * Closes the broken connection and every idle one: they were opened to the same server, and after a restart or
     * a network failure they are broken too; the next transaction opens a fresh connection.
     */
    @Override
    public void discard(Connection connection) {
        Jdbc.closeQuietly(connection);
        Deque<Idle> toClose;
        synchronized (this) {
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(i -> Jdbc.closeQuietly(i.connection()));
    }

    @Override
    public void close() {
        Deque<Idle> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(i -> Jdbc.closeQuietly(i.connection()));
    }
}
