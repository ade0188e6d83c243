package org.f1pipeline.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.f1pipeline.storage.jdbc.SqlDialect;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * SQLite: {@code IMMEDIATE} transactions, dates as ISO-8601 text, tables found in {@code sqlite_master}.
 * Stateless.
 */
final class SqliteDialect implements SqlDialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

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
        } finally {
            config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        }
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
        return text == null ? null : LocalDate.parse(text);
    }
}
