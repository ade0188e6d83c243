package org.f1pipeline.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.f1pipeline.storage.jdbc.BulkUpsert;
import org.f1pipeline.storage.jdbc.SqlDialect;

/**
 * PostgreSQL: native dates, an optional schema per storage (set per transaction with {@code SET LOCAL search_path},
 * so a pooled connection never keeps it), an advisory lock around migrations. Immutable, thread-safe.
 */
final class PostgresDialect implements SqlDialect {

    private static final Optional<BulkUpsert> BULK = Optional.of(new PostgresBulkUpsert());

    /** The schema the tables live in, already validated, or null for the connection's own search path. */
    private final String schema;

    PostgresDialect(String schema) {
        this.schema = schema;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    /** With {@code reWriteBatchedInserts} the driver turns each batch into multi-row INSERTs of up to 128 rows. */
    @Override
    public int batchSize() {
        return 1024;
    }

    /** Rows of a batch may be merged into one INSERT (reWriteBatchedInserts). */
    @Override
    public boolean mayCombineBatchedRows() {
        return true;
    }

    /** COPY into a staging table, then one {@code INSERT ... SELECT ... ON CONFLICT}: see PostgresBulkUpsert. */
    @Override
    public Optional<BulkUpsert> bulkUpsert() {
        return BULK;
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        if (schema != null) {
            try (Statement statement = connection.createStatement()) {
                // LOCAL: reverts at commit or rollback, so a connection handed back to a pool stays as it was.
                statement.execute("SET LOCAL search_path TO " + quoted(schema));
            }
        }
    }

    @Override
    public void prepareMigration(Connection connection) throws SQLException {
        // Two processes opening the same new schema at once: the second waits here, then finds it migrated.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext('f1pipeline:' || coalesce(?, current_schema(), '')))")) {
            lock.setString(1, schema);
            lock.execute();
        }
        if (schema != null && !schemaExists(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + quoted(schema));
            }
        }
    }

    private boolean schemaExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date);
    }

    @Override
    public LocalDate getDate(ResultSet resultSet, String column) throws SQLException {
        return resultSet.getObject(column, LocalDate.class);
    }

    /** The schema as a quoted identifier; its characters were validated, so quoting cannot be escaped. */
    static String quoted(String schema) {
        return '"' + schema + '"';
    }
}
