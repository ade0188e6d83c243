package org.f1pipeline.storage.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraints a bulk load suspends ({@link PostgresBulkUpsert}): read from the catalog, dropped, and added back
 * from their catalog definitions, so what comes back is what was there, validated over the whole table. The key
 * checks run with transaction-local settings that suit a freshly loaded table (decision D75), the session's own
 * values restored afterwards. Stateless.
 */
final class TableConstraints {

    /**
     * Sort memory of a primary-key build (decision D85): small on purpose. The rows arrive in key order, so an
     * external sort of 8 MB runs merges runs that do not overlap, and it works in memory that stays in the CPU's
     * caches; an in-memory sort of all 700,000 lap keys (about 90 MB, first touched by the build) took 0.49 s where
     * this takes 0.35-0.37 s (2 MB: 0.37 s, 16 MB: 0.40 s, 64 MB: 0.49 s).
     */
    static final String SORT_MEMORY = "8MB";

    /** A constraint as the catalog defines it: quoted name and definition. */
    record Constraint(String name, String definition) {
    }

    /** A step that talks to the database. */
    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    private TableConstraints() {
    }

    /** The table's constraints of type {@code type} ({@code f} foreign, {@code p} primary), by name. */
    static List<Constraint> of(Statement statement, String table, char type) throws SQLException {
        List<Constraint> out = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT quote_ident(conname), pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype = '" + type + "'"
                + " ORDER BY conname")) {
            while (rs.next()) {
                out.add(new Constraint(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    static void drop(Statement statement, String table, List<Constraint> keys) throws SQLException {
        if (!keys.isEmpty()) {
            statement.execute("ALTER TABLE " + table + " " + String.join(", ", keys.stream()
                    .map(k -> "DROP CONSTRAINT " + k.name()).toList()));
        }
    }

    /**
     * Adds foreign keys back; PostgreSQL validates every row of the table, one anti-join per key. Without
     * statistics on a freshly loaded table the planner chose a merge join over an index-only scan of the new
     * primary key for the two-column race key (0.29-0.47 s for 700,000 laps at load 3); merge joins are turned off
     * for the check, which then hashes the parent table and scans the child once (0.17-0.26 s for both keys).
     */
    static void addForeignKeys(Statement statement, String table, List<Constraint> keys) throws SQLException {
        if (!keys.isEmpty()) {
            withSettings(statement, Map.of("enable_mergejoin", "off"), () -> add(statement, table, keys));
        }
    }

    /**
     * Adds the primary key back, built by this backend alone with {@link #SORT_MEMORY} of sort memory. A parallel
     * build made no difference on 2 CPUs (0.43 s either way when idle) and takes a CPU from the client, which
     * computes the lap summaries meanwhile.
     */
    static void addPrimaryKey(Statement statement, String table, List<Constraint> primary) throws SQLException {
        if (primary.isEmpty()) {
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("max_parallel_maintenance_workers", "0");
        settings.put("maintenance_work_mem", SORT_MEMORY);
        withSettings(statement, settings, () -> add(statement, table, primary));
    }

    private static void add(Statement statement, String table, List<Constraint> keys) throws SQLException {
        statement.execute("ALTER TABLE " + table + " " + String.join(", ", keys.stream()
                .map(k -> "ADD CONSTRAINT " + k.name() + " " + k.definition()).toList()));
    }

    /** Runs {@code step} with {@code settings} set for the transaction, then gives them back their values. */
    private static void withSettings(Statement statement, Map<String, String> settings, Step step)
            throws SQLException {
        List<String> names = List.copyOf(settings.keySet());
        List<String> saved = new ArrayList<>();
        try (PreparedStatement read = statement.getConnection().prepareStatement("SELECT current_setting(name)"
                + " FROM unnest(?::text[]) WITH ORDINALITY AS s(name, i) ORDER BY i")) {
            read.setArray(1, statement.getConnection().createArrayOf("text", names.toArray()));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    saved.add(rs.getString(1));
                }
            }
        }
        set(statement, names, List.copyOf(settings.values()));
        step.run();
        set(statement, names, saved);
    }

    private static void set(Statement statement, List<String> names, List<String> values) throws SQLException {
        try (PreparedStatement set = statement.getConnection().prepareStatement("SELECT set_config(name, value,"
                + " true) FROM unnest(?::text[], ?::text[]) AS s(name, value)")) {
            set.setArray(1, statement.getConnection().createArrayOf("text", names.toArray()));
            set.setArray(2, statement.getConnection().createArrayOf("text", values.toArray()));
            set.executeQuery().close();
        }
    }
}
