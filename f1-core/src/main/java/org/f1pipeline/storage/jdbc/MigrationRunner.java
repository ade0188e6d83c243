package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.storage.SchemaVersion;
import org.f1pipeline.storage.SchemaVersionException;
import org.f1pipeline.storage.StorageException;

/**
 * Applies pending {@link Migration}s and records them in {@value #VERSION_TABLE}
 * ({@code version, description, applied_at}).
 *
 * <p>Policy: every pending migration is applied inside the caller's single transaction, so a database is never
 * left half-migrated. A database whose recorded version is newer than
 * {@link SchemaVersion#CURRENT_SCHEMA_VERSION} is refused with a {@link SchemaVersionException} <em>before
 * anything is changed</em>: this version of the library cannot know what the newer schema means. Stateless and
 * thread-safe.
 */
public final class MigrationRunner {

    /** The bookkeeping table: one row per applied migration. */
    public static final String VERSION_TABLE = "f1_schema_version";

    private final SqlDialect dialect;
    private final List<Migration> migrations;

    /**
     * A runner for one adapter's migrations.
     *
     * @param migrations versions 1, 2, ... in order, ending exactly at {@link SchemaVersion#CURRENT_SCHEMA_VERSION}
     * @throws IllegalArgumentException when the list has gaps or does not end at the library's version
     */
    public MigrationRunner(SqlDialect dialect, List<Migration> migrations) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3, ... in order; position "
                        + (i + 1) + " holds version " + this.migrations.get(i).version());
            }
        }
        if (this.migrations.size() != SchemaVersion.CURRENT_SCHEMA_VERSION) {
            throw new IllegalArgumentException("the adapter's migrations end at version " + this.migrations.size()
                    + " but the library's schema version is " + SchemaVersion.CURRENT_SCHEMA_VERSION);
        }
    }

    /**
     * Brings the database up to date. Runs on {@code connection} inside a transaction the caller has begun and
     * will commit; does not commit itself.
     *
     * @param location where the database is, for messages (no password)
     * @return the schema version after migrating
     * @throws SchemaVersionException when the database is newer than this library (nothing changed)
     * @throws StorageException       when a migration statement fails (the caller rolls back)
     */
    public int migrate(Connection connection, String location) {
        int found;
        try {
            dialect.prepareMigration(connection);
            found = dialect.tableExists(connection, VERSION_TABLE) ? recordedVersion(connection) : -1;
        } catch (SQLException e) {
            throw SqlFailure.wrap("read schema version", null, e, dialect);
        }
        SchemaVersion.requireSupported(location, found);
        if (found < 0) {
            run(connection, "create " + VERSION_TABLE, "CREATE TABLE " + VERSION_TABLE
                    + " (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        for (Migration migration : migrations) {
            if (migration.version() > found) {
                apply(connection, migration);
            }
        }
        return Math.max(found, SchemaVersion.CURRENT_SCHEMA_VERSION);
    }

    /** The highest version recorded in {@value #VERSION_TABLE}, 0 when the table is empty. */
    public static int recordedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void apply(Connection connection, Migration migration) {
        String operation = "migrate schema to version " + migration.version() + " (" + migration.description() + ")";
        for (String sql : migration.statements()) {
            run(connection, operation, sql);
        }
        if (migration.version() == JdbcLapSummaries.SCHEMA_VERSION) {
            // The one data step: summaries of the laps already stored (same transaction as the DDL).
            JdbcLapSummaries.fill(connection, dialect);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + VERSION_TABLE + " (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailure.wrap(operation, null, e, dialect);
        }
    }

    private void run(Connection connection, String operation, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw SqlFailure.wrap(operation, e.getMessage() + " [in: " + abbreviate(sql) + "]", e, dialect);
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
