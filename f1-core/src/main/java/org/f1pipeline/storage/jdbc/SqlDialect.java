package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The places where SQL engines differ, as far as the JDBC stores are concerned. The defaults are the standard
 * behaviour that SQLite 3.39+ and PostgreSQL 9.5+ share; an adapter overrides only what its engine does
 * differently. Implementations must be thread-safe (they are normally stateless).
 */
public interface SqlDialect {

    /** Short engine name for messages, e.g. {@code sqlite}. */
    String name();

    /**
     * Rows sent per {@link PreparedStatement#executeBatch()}. Larger batches mean fewer round trips (which matters
     * for a server such as PostgreSQL) at the cost of client memory; an embedded engine gains little either way.
     */
    default int batchSize() {
        return 1000;
    }

    /**
     * Whether the driver may send several rows of one batch as a single multi-row statement (e.g. pgjdbc with
     * {@code reWriteBatchedInserts=true}). PostgreSQL refuses an upsert that touches the same row twice in one
     * statement, so when this is true the stores send rows that share a key in separate batches, in input order,
     * which keeps the "later row wins" result of one-by-one upserts.
     */
    default boolean mayCombineBatchedRows() {
        return false;
    }

    /**
     * Whether {@link ResultSet#getBytes} on a text column returns its UTF-8 bytes, and more cheaply than
     * {@link ResultSet#getString} builds a string. Bulk reads of an id that repeats row after row (a lap read has
     * a driver id per row and a new one every 60 rows or so) then compare bytes and decode only a new id.
     * sqlite-jdbc: yes (it decodes strings in Java from a copy of the bytes; measured 0.1 s of the 0.6 s that the
     * laps of 2000-2025 take). Default: false, since JDBC defines {@code getBytes} for binary columns only.
     */
    default boolean readsTextAsBytes() {
        return false;
    }

    /**
     * A reader of the rows of {@code resultSet} that is faster than its own getters, or null (the default) to read
     * them through those. Called once per query, before the first {@link ResultSet#next()}; see {@link RowValues}.
     */
    default RowValues rowValues(ResultSet resultSet) throws SQLException {
        return null;
    }

    /**
     * Starts a transaction on {@code connection} (auto-commit is on when this is called). The default turns
     * auto-commit off; an adapter may also set per-transaction state here (e.g. {@code SET LOCAL search_path}),
     * which then cannot leak into a pooled connection.
     */
    default void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    /**
     * Called inside the migration transaction, before the schema version is read: take whatever lock keeps two
     * processes from migrating the same database at once, and create the namespace the tables live in if needed.
     * The default does nothing (right for engines whose first write already locks the whole database).
     */
    default void prepareMigration(Connection connection) throws SQLException {
    }

    /** Whether {@code table} exists where the stores will look for it (the current schema / search path). */
    boolean tableExists(Connection connection, String table) throws SQLException;

    /**
     * Called in a transaction before a batched upsert of {@code rows} rows; returns whether {@link #endLargeWrite}
     * must be called after it. The default does nothing. SQLite widens its page cache for large writes, which keeps
     * the rest of its work on a small one (decision D98).
     */
    default boolean beginLargeWrite(Connection connection, int rows) throws SQLException {
        return false;
    }

    /** Undoes what {@link #beginLargeWrite} did, after the write (failed or not), still in the transaction. */
    default void endLargeWrite(Connection connection) throws SQLException {
    }

    /**
     * Ends a transaction after its commit or rollback: restores auto-commit. An adapter whose driver can be left
     * believing a transaction is open when the engine already ended it (SQLite rolls back by itself on
     * {@code SQLITE_FULL}) overrides this to restore the connection instead of failing.
     */
    default void end(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
    }

    /**
     * What kind of failure {@code e} is: busy (another process holds the lock), full (disk full), connection lost,
     * or other. The default reads the standard SQL states ({@code 55P03}, {@code 40P01}, {@code 53100}, class
     * {@code 08}, {@code 57P01-03}); an adapter adds its engine's own codes.
     */
    default SqlFailure classify(SQLException e) {
        return SqlFailure.ofSqlState(e);
    }

    /** Binds a non-null date parameter. */
    void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

    /** Reads a date column; null when SQL NULL. */
    LocalDate getDate(ResultSet resultSet, String column) throws SQLException;

    /**
     * An upsert statement with one {@code ?} per column, in {@code columns} order.
     *
     * <p>The default writes {@code INSERT INTO t (cols) VALUES (?, ...) ON CONFLICT (keys) DO UPDATE SET
     * c = expr, ... WHERE (t.c, ...) IS DISTINCT FROM (expr, ...)}. The {@code WHERE} skips rows whose stored values
     * already equal the new ones: re-ingesting unchanged data then writes nothing, which is much faster (no new
     * row version in PostgreSQL, no page rewrite in SQLite) and has exactly the same result.
     *
     * @param table      table name
     * @param keyColumns the conflict target (the primary key)
     * @param columns    every inserted column, keys included
     * @param updates    column to the expression it is set to on conflict, e.g. {@code c -> excluded.c} or
     *                   {@code c -> COALESCE(excluded.c, t.c)}; columns not listed keep their stored value
     *                   (exclude-on-update). If empty, a conflicting row is left untouched.
     */
    default String upsert(String table, List<String> keyColumns, List<String> columns, Map<String, String> updates) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + onConflict(table, keyColumns, updates);
    }

    /**
     * The engine's bulk path for large upserts, if it has one (PostgreSQL: {@code COPY} into a staging table).
     * The default has none: every upsert runs as batched {@link #upsert} statements.
     */
    default Optional<BulkUpsert> bulkUpsert() {
        return Optional.empty();
    }

    /**
     * The conflict clause of the default {@link #upsert}: {@code  ON CONFLICT (keys) DO UPDATE SET ... WHERE (...)
     * IS DISTINCT FROM (...)}, or {@code DO NOTHING} without updates. Shared with bulk paths that insert from a
     * staging table ({@code INSERT ... SELECT ...} followed by this clause).
     */
    static String onConflict(String table, List<String> keyColumns, Map<String, String> updates) {
        StringBuilder sql = new StringBuilder(" ON CONFLICT (").append(String.join(", ", keyColumns))
                .append(") DO ");
        if (updates.isEmpty()) {
            return sql.append("NOTHING").toString();
        }
        sql.append("UPDATE SET ").append(updates.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", ")));
        // A single-element "row value" is just a parenthesised scalar, so this works for one column too.
        sql.append(" WHERE (").append(updates.keySet().stream().map(c -> table + "." + c)
                        .collect(Collectors.joining(", ")))
                .append(") IS DISTINCT FROM (").append(String.join(", ", updates.values())).append(")");
        return sql.toString();
    }
}
