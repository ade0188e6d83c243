package org.f1pipeline.storage.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.f1pipeline.storage.StorageException;

/**
 * The connection of one transaction, as the stores use it: prepared statements cached for the length of the
 * transaction (a job that upserts race by race prepares each statement once), batched writes, mapped reads, and
 * every {@link SQLException} wrapped in a {@link StorageException} naming the operation. Not thread-safe; dead
 * once the transaction has ended.
 */
final class JdbcSession {

    /** Binds the parameters of a single execution. */
    @FunctionalInterface
    interface Binder {
        void bind(Params params) throws SQLException;
    }

    /** Binds the parameters of one row of a batch. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(Params params, T row) throws SQLException;
    }

    /** Maps the current result row to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** The body of an operation that talks to the database. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final SqlDialect dialect;
    private final Params params;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Parents.Verified verifiedParents = new Parents.Verified();
    private boolean open = true;

    JdbcSession(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.params = new Params(dialect);
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** The parent keys this transaction has already found, so that each is checked once. */
    Parents.Verified verifiedParents() {
        return verifiedParents;
    }

    /** Runs {@code work}, wrapping any SQL error in a {@link StorageException} named {@code operation}. */
    <T> T run(String operation, Work<T> work) {
        if (!open) {
            throw new IllegalStateException("the transaction has ended; " + operation
                    + " must run inside the callback that received the Transaction");
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqlFailure.wrap(operation, null, e, dialect);
        }
    }

    /** Executes one statement; returns the update count. */
    int update(String operation, String sql, Binder binder) {
        return run(operation, () -> {
            PreparedStatement statement = prepare(sql);
            binder.bind(params.reset(statement));
            return statement.executeUpdate();
        });
    }

    /** Executes the statement once per row, sent in batches of {@link SqlDialect#batchSize()}. */
    <T> void batch(String operation, String sql, Collection<? extends T> rows, RowBinder<? super T> binder) {
        if (rows.isEmpty()) {
            run(operation, () -> null);
            return;
        }
        run(operation, () -> {
            PreparedStatement statement = prepare(sql);
            int pending = 0;
            int batchSize = dialect.batchSize();
            for (T row : rows) {
                binder.bind(params.reset(statement), row);
                statement.addBatch();
                if (++pending == batchSize) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
            return null;
        });
    }

    /**
     * Upserts the rows: through the dialect's {@link BulkUpsert} when it has one and there are at least
     * {@link BulkUpsert#minRows()} rows, else as one execution of the upsert statement per row, in batches. Rows
     * that share a key ({@code key}) are kept out of the same bulk load, and out of the same batch when the driver
     * may merge a batch into one statement (see {@link SqlDialect#mayCombineBatchedRows()}): each group holds the
     * n-th occurrence of its keys, so running the groups in order keeps the "later row wins" result. A null
     * {@code key} says the caller knows the keys are distinct (grouping 700,000 laps by key costs a fifth of a
     * second).
     */
    <T> void upsert(String operation, Sql.Upsert upsert, Collection<T> rows, Function<? super T, ?> key,
                    RowBinder<? super T> binder) {
        upsert(operation, upsert, rows, key, binder, () -> { });
    }

    /**
     * {@link #upsert(String, Sql.Upsert, Collection, Function, RowBinder)}, running {@code whileWaiting} (once or
     * more; it must be idempotent) when the calling thread is about to spend its time waiting for the database:
     * after the last row is sent on the bulk path (the server then still loads them, builds keys and checks them),
     * at once on the batched path. Client work started then overlaps the database's instead of competing with the
     * row encoding.
     */
    <T> void upsert(String operation, Sql.Upsert upsert, Collection<T> rows, Function<? super T, ?> key,
                    RowBinder<? super T> binder, Runnable whileWaiting) {
        BulkUpsert bulk = dialect.bulkUpsert().orElse(null);
        if (bulk != null && rows.size() >= bulk.minRows()) {
            for (Collection<T> group : key == null ? List.of(rows) : Sql.distinctKeyGroups(rows, key)) {
                if (group.size() >= bulk.minRows()) {
                    run(operation, () -> {
                        bulk.upsert(connection, upsert.table(), upsert.keys(), upsert.columns(), upsert.updates(),
                                new CopyRows<>(group, binder, upsert.binaryCopy(), whileWaiting));
                        return null;
                    });
                } else {
                    batch(operation, upsert.sql(dialect), group, binder);
                }
            }
            whileWaiting.run();
            return;
        }
        whileWaiting.run();
        String sql = upsert.sql(dialect);
        boolean large = run(operation, () -> dialect.beginLargeWrite(connection, rows.size()));
        RuntimeException failure = null;
        try {
            if (key != null && dialect.mayCombineBatchedRows() && rows.size() > 1) {
                for (Collection<T> group : Sql.distinctKeyGroups(rows, key)) {
                    batch(operation, sql, group, binder);
                }
            } else {
                batch(operation, sql, rows, binder);
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            if (large) {
                endLargeWrite(operation, failure);
            }
        }
    }

    /** {@link SqlDialect#endLargeWrite}; its own failure is added to the write's, or thrown when the write worked. */
    private void endLargeWrite(String operation, RuntimeException failure) {
        try {
            run(operation, () -> {
                dialect.endLargeWrite(connection);
                return null;
            });
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /**
     * Rows encoded by their usual binder as COPY text lines, or as binary tuples when {@code binary}, in chunks of
     * about 64 KiB.
     */
    private final class CopyRows<T> implements BulkUpsert.Rows {

        private static final int CHUNK_CHARS = 1 << 16;

        private final Collection<T> rows;
        private final RowBinder<? super T> binder;
        private final boolean binary;
        private final Runnable sent;

        CopyRows(Collection<T> rows, RowBinder<? super T> binder, boolean binary, Runnable sent) {
            this.rows = rows;
            this.binder = binder;
            this.binary = binary;
            this.sent = sent;
        }

        @Override
        public int count() {
            return rows.size();
        }

        @Override
        public boolean binary() {
            return binary;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException, SQLException {
            if (binary) {
                writeBinary(out);
                sent.run();
                return;
            }
            StringBuilder text = new StringBuilder(CHUNK_CHARS + 1024);
            Params copy = new Params(dialect);
            for (T row : rows) {
                binder.bind(copy.resetCopy(text), row);
                text.append('\n');
                if (text.length() >= CHUNK_CHARS) {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                }
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            sent.run();
        }

        private void writeBinary(OutputStream out) throws IOException, SQLException {
            BinaryCopy buffer = new BinaryCopy(CHUNK_CHARS + 1024).header();
            Params copy = new Params(dialect);
            for (T row : rows) {
                int count = buffer.size();
                buffer.putShort(0);
                binder.bind(copy.resetBinary(buffer), row);
                buffer.setShort(count, copy.fields());
                if (buffer.size() >= CHUNK_CHARS) {
                    buffer.drainTo(out);
                }
            }
            buffer.trailer().drainTo(out);
        }
    }

    /** Every row of the query, mapped, as an unmodifiable list. */
    <T> List<T> query(String operation, String sql, Binder binder, RowMapper<? extends T> mapper) {
        List<T> result = new ArrayList<>();
        queryInto(operation, sql, binder, mapper, result);
        return Collections.unmodifiableList(result);
    }

    /** Appends every row of the query, mapped, to {@code into}: for bulk reads made of several queries. */
    <T> void queryInto(String operation, String sql, Binder binder, RowMapper<? extends T> mapper,
                       List<? super T> into) {
        queryInto(operation, sql, binder, mapper, into, true);
    }

    /**
     * As {@link #queryInto(String, String, Binder, RowMapper, List)}, but each value read through the result set's
     * own getter even where the dialect reads whole rows ({@link SqlDialect#rowValues}): for a mapper that reads a
     * few of many columns per row, such as the packed lap rows (a lap with a time and a position reads 4 of 12
     * columns), where fetching every column cost more than it saved (lap reads about a third slower, decision D94).
     */
    <T> void queryIntoByColumn(String operation, String sql, Binder binder, RowMapper<? extends T> mapper,
                               List<? super T> into) {
        queryInto(operation, sql, binder, mapper, into, false);
    }

    private <T> void queryInto(String operation, String sql, Binder binder, RowMapper<? extends T> mapper,
                               List<? super T> into, boolean wholeRows) {
        run(operation, () -> {
            PreparedStatement statement = prepare(sql);
            binder.bind(params.reset(statement));
            try (ResultSet rs = statement.executeQuery()) {
                Row row = new Row(rs, dialect, wholeRows);
                while (rs.next()) {
                    row.load();
                    into.add(mapper.map(row));
                }
            }
            return null;
        });
    }

    /**
     * Whether {@code table} (with a {@code season} column) holds any row of seasons {@code first..last}: one probe,
     * which lets a first load skip its per-season counts and deletes.
     */
    boolean anyInSeasons(String operation, String table, int first, int last) {
        return queryOne(operation, "SELECT 1 AS n FROM " + table + " WHERE season BETWEEN ? AND ? LIMIT 1",
                p -> p.integer(first).integer(last), r -> r.intValue("n")).isPresent();
    }

    /** The first row of the query, if any. */
    <T> Optional<T> queryOne(String operation, String sql, Binder binder, RowMapper<? extends T> mapper) {
        List<T> rows = query(operation, sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Ends the session: closes its statements; any later use fails with {@link IllegalStateException}. */
    void close() {
        open = false;
        statements.values().forEach(Jdbc::closeQuietly);
        statements.clear();
    }
}
