package org.f1pipeline.storage.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * An engine's bulk path for large upserts, offered by {@link SqlDialect#bulkUpsert()}: the rows arrive as a stream
 * in PostgreSQL's {@code COPY} text format (one line per row, columns separated by a tab, {@code \N} for null,
 * backslash escapes, booleans {@code t}/{@code f}), and the implementation must give exactly the result of the
 * batched {@link SqlDialect#upsert upsert statement} with the same arguments, run row by row. The stores have
 * already checked every parent row and the rows never repeat a key. Implementations must be thread-safe.
 */
public interface BulkUpsert {

    /** The smallest number of rows for which the stores use this path instead of batched statements. */
    int minRows();

    /**
     * Upserts {@code rows} into {@code table} on {@code connection}, inside the caller's transaction.
     *
     * @param connection the transaction's connection (auto-commit off)
     * @param table      table name
     * @param keyColumns the conflict target
     * @param columns    the columns of every row, in the order the rows are written
     * @param updates    column to the expression it is set to on conflict, as for {@link SqlDialect#upsert}
     * @param rows       the rows, to be written once to the stream the implementation provides
     */
    void upsert(Connection connection, String table, List<String> keyColumns, List<String> columns,
                Map<String, String> updates, Rows rows) throws SQLException;

    /**
     * Rows in COPY text format, or in its binary format when {@link #binary()} says so, written on demand so that
     * they are never all held in memory as text.
     */
    interface Rows {

        /** How many rows {@link #writeTo} writes. */
        int count();

        /**
         * Whether {@link #writeTo} writes PostgreSQL's binary COPY format (header, tuples, trailer) rather than
         * text; only for tables whose values are all bound with their columns' exact types.
         */
        default boolean binary() {
            return false;
        }

        /** Writes every row, UTF-8 encoded; each call writes them all again (a refused attempt is retried). */
        void writeTo(OutputStream out) throws IOException, SQLException;
    }
}
