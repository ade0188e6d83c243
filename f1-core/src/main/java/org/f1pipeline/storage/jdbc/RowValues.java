package org.f1pipeline.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The values of a result set's current row, read the way a dialect reads them fastest
 * ({@link SqlDialect#rowValues}). The stores read every row through {@link ResultSet}'s getters unless the dialect
 * offers one of these; it must give exactly what those getters give: columns are 1-based, a SQL {@code NULL} reads
 * as {@code 0}, {@code 0.0} or {@code null}, and {@link #isNull} says which columns are {@code NULL}.
 *
 * <p>Why: sqlite-jdbc allocates a lambda and takes a lock for every value read, and its {@code wasNull} is one more
 * native call; a cold recompute reads about half a million values (decision D94). Not thread-safe: one per result
 * set, used by the thread that reads it.
 */
public interface RowValues {

    /** Reads the current row: called once after each {@link ResultSet#next()} that returned true. */
    void load() throws SQLException;

    /** The 1-based index of the column labelled {@code label}, as {@link ResultSet#findColumn}. */
    int column(String label) throws SQLException;

    /** Whether the value of {@code column} is SQL {@code NULL}. */
    boolean isNull(int column);

    /** As {@link ResultSet#getInt(int)}. */
    int getInt(int column) throws SQLException;

    /** As {@link ResultSet#getLong(int)}. */
    long getLong(int column) throws SQLException;

    /** As {@link ResultSet#getDouble(int)}. */
    double getDouble(int column) throws SQLException;

    /** As {@link ResultSet#getString(int)}. */
    String getString(int column) throws SQLException;

    /** As {@link ResultSet#getBytes(int)}. */
    byte[] getBytes(int column) throws SQLException;

    /** The value as {@link SqlDialect#getDate} reads it: null for SQL {@code NULL}. */
    LocalDate getDate(int column) throws SQLException;
}
