package org.f1pipeline.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.jdbc.ConnectionSource;
import org.f1pipeline.storage.jdbc.JdbcStorage;
import org.f1pipeline.storage.jdbc.Migration;

/**
 * {@link org.f1pipeline.storage.Storage} in a PostgreSQL database, optionally in a schema of its own (one schema per
 * tenant; created if missing, selected per transaction with {@code SET LOCAL search_path}).
 *
 * <p>Each transaction has its own connection, so transactions from several threads run concurrently at PostgreSQL's
 * default isolation (read committed); the pipeline's jobs write disjoint rows or use guarded updates. With
 * {@link #of(DataSource)} the caller's (pooled) data source supplies connections; with {@link #open(String)} this
 * class opens them itself, keeps a few open between transactions, and adds {@code reWriteBatchedInserts=true} so
 * batched upserts travel as multi-row INSERTs.
 *
 * <p>Recovery: with {@link #open(String)} a transaction waits at most 10 s for a lock another session holds
 * ({@code lock_timeout}; the URL's {@code options} parameter overrides it), then fails with
 * {@link org.f1pipeline.storage.StorageBusyException}; a full disk fails with
 * {@link org.f1pipeline.storage.StorageFullException}; a broken connection (server restart) is dropped with the idle
 * ones, and a transaction that finds its connection broken before doing anything retries once on a new one.
 *
 * <p>Opening migrates an older schema and refuses a newer one with
 * {@link org.f1pipeline.storage.SchemaVersionException}. Thread-safe.
 */
public final class PostgresStorage extends JdbcStorage {

    /** The URL prefix this adapter handles. */
    public static final String URL_PREFIX = "jdbc:postgresql:";

    /** Unquoted PostgreSQL identifiers: lower-case, at most 63 bytes. */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** How long a transaction waits for a lock held by another session, when this class opens the connections. */
    static final int LOCK_TIMEOUT_MS = 10_000;
    /** Connections kept open between transactions when this class owns them. */
    private static final int MAX_IDLE = 4;

    private PostgresStorage(ConnectionSource connections, String schema, String description) {
        super(connections, new PostgresDialect(schema), migrations(), description);
    }

    /** The schema migrations of this adapter, oldest first. */
    static List<Migration> migrations() {
        return List.of(Migration.fromResource(1, "initial schema", PostgresStorage.class, "V1__initial_schema.sql"),
                Migration.fromResource(2, "championship standings", PostgresStorage.class,
                        "V2__championship_standings.sql"),
                Migration.fromResource(3, "pit stops", PostgresStorage.class, "V3__pit_stops_and_lap_keys.sql"),
                Migration.fromResource(4, "data notes", PostgresStorage.class, "V4__data_notes.sql"),
                Migration.fromResource(5, "input versions", PostgresStorage.class, "V5__input_versions.sql"),
                Migration.fromResource(6, "lap summaries", PostgresStorage.class, "V6__lap_summaries.sql"),
                Migration.fromResource(7, "per-event feature sets and prediction lines", PostgresStorage.class,
                        "V7__event_rows.sql"));
    }

    /** A storage on the caller's data source, in the connection's default schema (usually {@code public}). */
    public static PostgresStorage of(DataSource dataSource) {
        return of(dataSource, null);
    }

    /**
     * A storage on the caller's data source, in {@code schema} (created if missing); null means the connection's
     * default schema. The data source stays the caller's: {@link #close()} does not close it. For fast bulk writes
     * configure it with {@code reWriteBatchedInserts=true}.
     *
     * @throws InvalidInputException when {@code schema} is not a plain lower-case identifier
     */
    public static PostgresStorage of(DataSource dataSource, String schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        String checked = checkSchema(schema);
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new StorageException("open database", "cannot connect: " + e.getMessage(), e);
        }
        return new PostgresStorage(ConnectionSource.of(dataSource), checked, describe(url, checked));
    }

    /** Opens {@code url} (user and password may be URL parameters) in the connection's default schema. */
    public static PostgresStorage open(String url) {
        return open(url, null, null, null);
    }

    /**
     * Opens {@code url} with the given credentials (null: take them from the URL) in {@code schema} (null: the
     * default schema), which is created if missing.
     *
     * @throws InvalidInputException when the URL is not a {@value #URL_PREFIX} URL or the schema is not a plain
     *                               lower-case identifier
     * @throws StorageException      when the server cannot be reached or refuses the login
     */
    public static PostgresStorage open(String url, String user, String password, String schema) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            throw new InvalidInputException("url", "a PostgreSQL URL must start with " + URL_PREFIX + ", was '"
                    + (url == null ? null : Storages.redact(url)) + "'");
        }
        String checked = checkSchema(schema);
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        String ownUrl = url.contains("reWriteBatchedInserts")
                ? url : url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        if (!url.contains("options=") && !properties.containsKey("options")) {
            // A row or table lock held by another session must not make a job wait forever: after the lock
            // timeout the job fails with StorageBusyException ("retry later"), like SQLite's busy timeout. Set as a
            // connection option, so it costs no round trip per transaction.
            properties.setProperty("options", "-c lock_timeout=" + LOCK_TIMEOUT_MS);
        }
        return new PostgresStorage(ConnectionSource.reusing(new DriverDataSource(ownUrl, properties), MAX_IDLE),
                checked, describe(url, checked));
    }

    private static String checkSchema(String schema) {
        if (schema != null && !SCHEMA.matcher(schema).matches()) {
            throw new InvalidInputException("schema", "schema must be a lower-case identifier (letters, digits,"
                    + " '_', not starting with a digit, at most 63 characters), was '" + schema + "'");
        }
        return schema;
    }

    /** Host, port and database of a URL, without parameters (which may hold a password). */
    static String location(String url) {
        String plain = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        int query = plain.indexOf('?');
        return Storages.redact(query < 0 ? plain : plain.substring(0, query));
    }

    private static String describe(String url, String schema) {
        return location(url) + (schema == null ? "" : " (schema " + schema + ")");
    }
}
