package org.f1pipeline.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.f1pipeline.internal.IsoDates;
import org.f1pipeline.storage.jdbc.RowValues;
import org.f1pipeline.storage.jdbc.SqlDialect;
import org.f1pipeline.storage.jdbc.SqlFailure;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * SQLite: {@code IMMEDIATE} transactions, dates as ISO-8601 text, tables found in {@code sqlite_master}.
 * Stateless.
 */
final class SqliteDialect implements SqlDialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_FULL = 13;

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    /**
     * The statement is prepared once and each row bound and stepped in place, so the batch size matters little for
     * an embedded engine; it only bounds the parameters buffered by the driver.
     */
    @Override
    public int batchSize() {
        return 2000;
    }

    /** sqlite-jdbc returns a text value's bytes as stored (UTF-8), without decoding them. */
    @Override
    public boolean readsTextAsBytes() {
        return true;
    }

    /** Whole rows under one lock of the driver's statement: {@link SqliteRowValues} (decision D94). */
    @Override
    public RowValues rowValues(ResultSet resultSet) throws SQLException {
        return SqliteRowValues.of(resultSet);
    }

    /** The batched upserts that get the larger page cache: a season's laps (some 25,000) or more. */
    static final int LARGE_WRITE_ROWS = 20_000;
    /** The page cache of a large write, in KiB: 697,282 laps loaded 3-6 % faster than with the usual 4 MB. */
    static final int LARGE_WRITE_CACHE_KIB = 64 * 1024;

    /** Widens the page cache for a write of {@link #LARGE_WRITE_ROWS} or more (decision D98). */
    @Override
    public boolean beginLargeWrite(Connection connection, int rows) throws SQLException {
        if (rows < LARGE_WRITE_ROWS) {
            return false;
        }
        cacheSize(connection, LARGE_WRITE_CACHE_KIB);
        return true;
    }

    /** Back to {@link SqliteStorage#CACHE_KIB}; pages beyond it are let go as they become clean. */
    @Override
    public void endLargeWrite(Connection connection) throws SQLException {
        cacheSize(connection, SqliteStorage.CACHE_KIB);
    }

    private static void cacheSize(Connection connection, int kib) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size=-" + kib);
        }
    }

    /**
     * Begins {@code IMMEDIATE}: the write lock is taken up front, so two processes on one file queue for it (up to
     * {@code busy_timeout}) instead of one failing with {@code SQLITE_BUSY} when its reading transaction starts to
     * write. The connection's default stays {@code DEFERRED} on purpose: sqlite-jdbc begins the next transaction
     * right after each commit or rollback (the connection is still in manual-commit mode until the storage restores
     * auto-commit), and an {@code IMMEDIATE} begin there would queue for another process's lock after our work is
     * done, and fail the commit call after the timeout although the data was committed.
     */
    @Override
    public void begin(Connection connection) throws SQLException {
        SQLiteConnectionConfig config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // sqlite-jdbc records manual-commit mode before running BEGIN; when BEGIN fails (SQLITE_BUSY after the
            // busy timeout) no transaction exists, so put the flag back, or ending the failed transaction would run
            // COMMIT, fail, and the connection would be thrown away.
            config.setAutoCommit(true);
            throw e;
        } finally {
            config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        }
    }

    /**
     * Restores auto-commit. SQLite ends a transaction by itself on some errors ({@code SQLITE_FULL},
     * {@code SQLITE_IOERR}, {@code SQLITE_BUSY} in a statement): sqlite-jdbc then still believes one is open, and
     * its COMMIT fails with "no transaction is active". The connection is fine: its flag is already back to
     * auto-commit, and SQLite has no transaction, so that one error is not a reason to close it.
     */
    @Override
    public void end(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            return;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (!m.contains("no transaction is active") || !connection.getAutoCommit()) {
                throw e;
            }
        }
    }

    /** SQLite's result codes: {@code SQLITE_BUSY}/{@code SQLITE_LOCKED} (5, 6) busy, {@code SQLITE_FULL} (13). */
    @Override
    public SqlFailure classify(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                int primary = s.getErrorCode() & 0xff;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return SqlFailure.BUSY;
                }
                if (primary == SQLITE_FULL) {
                    return SqlFailure.FULL;
                }
            }
        }
        return SqlFailure.OTHER;
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** ISO-8601 text: readable, and it sorts and compares as dates do. */
    @Override
    public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setString(index, date.toString());
    }

    @Override
    public LocalDate getDate(ResultSet resultSet, String column) throws SQLException {
        String text = resultSet.getString(column);
        return text == null ? null : IsoDates.date(text); // not LocalDate.parse: decision D91
    }
}
