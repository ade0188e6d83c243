package org.f1pipeline.storage.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.internal.PhaseTimes;
import org.f1pipeline.storage.jdbc.BulkUpsert;
import org.f1pipeline.storage.jdbc.SqlDialect;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * PostgreSQL's bulk path: {@code COPY} (pgjdbc's {@code CopyManager}) into a temporary staging table, then one
 * {@code INSERT INTO t SELECT ... FROM staging ON CONFLICT ...} with the same conflict clause as the batched
 * upsert, so the result is the same. Used from {@value #MIN_ROWS} rows. When a sample of the staged rows finds
 * some of them stored already, the {@code SELECT} joins the staging table with the table and keeps only the rows
 * that are new or would change: {@code ON CONFLICT DO UPDATE} would lock (and so write) every unchanged one before
 * skipping it.
 *
 * <p>The {@code laps} foreign keys are checked by PostgreSQL with a per-row trigger on every inserted row (about
 * 10 us a row here, more than the insert itself); rows that already exist and are updated in place, or left alone,
 * are not checked (their keys do not change). So when a load brings at least {@value #SUSPEND_KEYS_MIN_ROWS} new
 * rows (estimated from a sample of about {@value #SAMPLE_ROWS} staged rows probed against the table), the keys are
 * dropped and added back in the same transaction: adding a foreign key validates the whole table with one join,
 * so every row is still checked before the commit, and other transactions never see the table without its keys
 * (DDL is transactional). The definitions come from the catalog, so what comes back is what was there.
 *
 * <p>A load into an empty {@code laps} table (a first bootstrap) skips the staging table (decision D73): under an
 * exclusive lock it truncates the empty table, drops its primary key, {@code COPY ... FREEZE}s straight into it,
 * then adds the foreign keys (one scan and hash join each, decision D75) and builds the primary key in one sort.
 * Rows inserted by the running transaction cost PostgreSQL a visibility check per row in every later scan of the
 * same transaction; frozen rows do not, which
 * makes the key build 2x and the foreign-key validation 6x faster, and inserting 600,000 rows into a live
 * five-column b-tree cost 4x its build after the load. Should {@code FREEZE} be refused (prior activity of the
 * transaction, a table referenced by another), the same load runs without it. The price of both paths is an
 * exclusive lock on {@code laps}, {@code races} and {@code drivers} until the commit: a concurrent reader of those
 * tables waits for the load. Thread-safe (stateless).
 */
final class PostgresBulkUpsert implements BulkUpsert {

    /** Below this, batched multi-row INSERTs are as fast and need no staging table. */
    static final int MIN_ROWS = 5_000;
    /** From this many new rows, dropping and re-adding the lap foreign keys costs less than checking them per row. */
    static final int SUSPEND_KEYS_MIN_ROWS = 20_000;
    /** Staged rows probed to estimate how many rows of a load are new. */
    static final int SAMPLE_ROWS = 2_000;

    /**
     * Tables whose foreign keys (and, when empty, primary key) large loads suspend, with the number of new rows from
     * which they do: the lap summaries (a row per driver and race) take the bulk path after a lap load, and
     * validating their whole table again costs a few milliseconds.
     */
    private static final Map<String, Integer> SUSPENDABLE = Map.of("laps", SUSPEND_KEYS_MIN_ROWS,
            "lap_summaries", MIN_ROWS);
    /** SQL states of a refused {@code COPY FREEZE}: prior activity of the transaction, prerequisites not met. */
    private static final Set<String> NO_FREEZE = Set.of("25000", "55000");

    @Override
    public int minRows() {
        return MIN_ROWS;
    }

    @Override
    public void upsert(Connection connection, String table, List<String> keyColumns, List<String> columns,
                       Map<String, String> updates, Rows rows) throws SQLException {
        String columnList = String.join(", ", columns);
        int suspendFrom = SUSPENDABLE.getOrDefault(table, Integer.MAX_VALUE);
        boolean suspendable = rows.count() >= suspendFrom;
        try (Statement statement = connection.createStatement()) {
            if (suspendable && isEmpty(statement, table)) {
                // An upsert into an empty table is an insert. The table is checked again under the exclusive lock:
                // nobody can add a row in between.
                statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
                List<TableConstraints.Constraint> keys = TableConstraints.of(statement, table, 'f');
                TableConstraints.drop(statement, table, keys);
                List<TableConstraints.Constraint> primary = List.of();
                if (isEmpty(statement, table)) {
                    primary = load(connection, statement, table, columnList, rows);
                } else {
                    staged(connection, statement, table, keyColumns, columns, updates, rows, Integer.MAX_VALUE);
                }
                // The foreign keys first: without an index on the table, each check is one scan and a hash join.
                TableConstraints.addForeignKeys(statement, table, keys);
                PhaseTimes.mark(table + ": foreign keys");
                TableConstraints.addPrimaryKey(statement, table, primary);
                PhaseTimes.mark(table + ": primary key");
                return;
            }
            staged(connection, statement, table, keyColumns, columns, updates, rows, suspendable ? suspendFrom
                    : Integer.MAX_VALUE);
        }
    }

    /**
     * Loads {@code rows} into the empty, locked {@code table} whose foreign keys are suspended: primary key
     * dropped, {@code COPY FREEZE} into the table truncated in a savepoint (or a plain {@code COPY} when PostgreSQL
     * refuses that). Returns the dropped primary key, for the caller to build again; a table that other tables
     * reference keeps its primary key (none is returned).
     */
    private static List<TableConstraints.Constraint> load(Connection connection, Statement statement, String table,
                                                          String columnList, Rows rows) throws SQLException {
        boolean referenced;
        try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE confrelid = '"
                + table + "'::regclass)")) {
            referenced = rs.next() && rs.getBoolean(1);
        }
        List<TableConstraints.Constraint> primary = referenced ? List.of()
                : TableConstraints.of(statement, table, 'p');
        String copy = "COPY " + table + " (" + columnList + ") FROM STDIN";
        boolean frozen = false;
        if (!referenced) {
            statement.execute("SAVEPOINT f1_bulk_load");
            try {
                statement.execute("TRUNCATE " + table);
                TableConstraints.drop(statement, table, primary);
                PhaseTimes.mark(table + ": lock, truncate, drop keys");
                copy(connection, copy, true, rows);
                frozen = true;
            } catch (SQLException e) {
                if (!NO_FREEZE.contains(e.getSQLState())) {
                    throw e;
                }
                statement.execute("ROLLBACK TO SAVEPOINT f1_bulk_load");
            }
            statement.execute("RELEASE SAVEPOINT f1_bulk_load");
        }
        if (!frozen) {
            TableConstraints.drop(statement, table, primary);
            copy(connection, copy, false, rows);
        }
        PhaseTimes.mark(table + ": COPY");
        return primary;
    }

    /**
     * COPY into the staging table, then one INSERT ... SELECT ... ON CONFLICT, the foreign keys suspended when the
     * load brings at least {@code suspendFrom} new rows. When a sample finds staged rows stored already, the
     * SELECT keeps only the staged rows that are new or differ from the stored ones (a left join with the table).
     */
    private static void staged(Connection connection, Statement statement, String table, List<String> keyColumns,
                               List<String> columns, Map<String, String> updates, Rows rows, int suspendFrom)
            throws SQLException {
        String columnList = String.join(", ", columns);
        String stage = "pg_temp.f1_stage_" + table;
        // LIKE: the same column types; ON COMMIT DROP in case the DROP below is never reached.
        statement.execute("CREATE TEMP TABLE f1_stage_" + table + " (LIKE " + table + ") ON COMMIT DROP");
        copy(connection, "COPY " + stage + " (" + columnList + ") FROM STDIN", false, rows);
        long newRows = estimatedNewRows(statement, table, stage, keyColumns, rows.count());
        List<TableConstraints.Constraint> keys = newRows >= suspendFrom
                ? TableConstraints.of(statement, table, 'f') : List.of();
        TableConstraints.drop(statement, table, keys);
        statement.executeUpdate(newRows < rows.count()
                ? newOrChanged(table, stage, keyColumns, columns, updates)
                : "INSERT INTO " + table + " (" + columnList + ") SELECT " + columnList + " FROM " + stage
                        + SqlDialect.onConflict(table, keyColumns, updates));
        TableConstraints.addForeignKeys(statement, table, keys);
        statement.execute("DROP TABLE " + stage);
    }

    /**
     * The upsert of the staged rows that would change {@code table}: new keys, and stored keys whose updated columns
     * differ from what the update would set (without updates, new keys only). The rows the upsert would leave as
     * they are never reach {@code ON CONFLICT DO UPDATE}, which locks (and so writes) each conflicting row before
     * its {@code WHERE} skips it (decision D95: this replaced deleting the unchanged rows from the staging table
     * first, which dirtied every page of it in hash order; 697,282 laps with 1 % changed: that delete and the
     * insert after it took 3.3-3.6 s, this statement 1.1-1.3 s).
     * The table keeps its own name in the join, so update expressions that read its stored values, as
     * {@code COALESCE(excluded.c, t.c)}, read the joined row.
     */
    private static String newOrChanged(String table, String stage, List<String> keyColumns, List<String> columns,
                                       Map<String, String> updates) {
        String match = String.join(" AND ", keyColumns.stream().map(c -> table + "." + c + " = s." + c).toList());
        String differs = updates.isEmpty() ? "" : " OR (" + String.join(", ", updates.keySet().stream()
                .map(c -> table + "." + c).toList()) + ") IS DISTINCT FROM (" + String.join(", ",
                updates.values().stream().map(e -> e.replace("excluded.", "s.")).toList()) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", columns.stream().map(c -> "s." + c).toList()) + " FROM " + stage + " s LEFT JOIN "
                + table + " ON " + match + " WHERE " + table + "." + keyColumns.get(0) + " IS NULL" + differs
                + SqlDialect.onConflict(table, keyColumns, updates);
    }

    private static boolean isEmpty(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * How many of the staged rows are not in {@code table} yet, estimated from a Bernoulli sample of about
     * {@value #SAMPLE_ROWS} staged rows, each probed by primary key (a few milliseconds).
     */
    private static long estimatedNewRows(Statement statement, String table, String stage, List<String> keyColumns,
                                         int count) throws SQLException {
        double percent = Math.min(100.0, 100.0 * SAMPLE_ROWS / count);
        String match = String.join(" AND ", keyColumns.stream().map(c -> "t." + c + " = s." + c).toList());
        try (ResultSet rs = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1"
                + " FROM " + table + " t WHERE " + match + ")) FROM " + stage + " s TABLESAMPLE BERNOULLI ("
                + String.format(Locale.ROOT, "%.4f", percent) + ") REPEATABLE (13)")) {
            rs.next();
            long sampled = rs.getLong(1);
            return sampled == 0 ? count : Math.round((double) rs.getLong(2) / sampled * count);
        }
    }

    /** Runs {@code sql} (a {@code COPY ... FROM STDIN}) with {@code FREEZE} if asked, in the rows' format. */
    private static void copy(Connection connection, String sql, boolean freeze, Rows rows) throws SQLException {
        List<String> options = new ArrayList<>();
        if (freeze) {
            options.add("FREEZE");
        }
        if (rows.binary()) {
            options.add("FORMAT binary");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(options.isEmpty() ? sql
                : sql + " (" + String.join(", ", options) + ")");
        try {
            PGCopyOutputStream out = new PGCopyOutputStream(copy, 1 << 16);
            rows.writeTo(out);
            out.endCopy();
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), "08006", e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
