package org.f1pipeline.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.jdbc.ConnectionSource;
import org.f1pipeline.storage.jdbc.JdbcStorage;
import org.f1pipeline.storage.jdbc.Migration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * {@link org.f1pipeline.storage.Storage} in an SQLite database file (or in memory).
 *
 * <p>One connection serves every transaction of an instance (behind a fair lock): SQLite has a single writer
 * anyway, and an in-memory database lives exactly as long as its connection, which this instance keeps open until
 * {@link #close()}. The connection runs with {@code foreign_keys=ON}, {@code busy_timeout=10000} (another process
 * writing makes us wait up to 10 s before the job fails with {@link org.f1pipeline.storage.StorageBusyException};
 * {@code ?busy_timeout=<ms>} in the URL changes it), {@code synchronous=NORMAL} and, for files,
 * {@code journal_mode=WAL} (readers in other processes do not block the writer, and a commit is one sequential
 * write). Transactions begin {@code IMMEDIATE}: the write lock is taken at the start, so two processes on one file
 * queue up instead of failing with {@code SQLITE_BUSY} when a reading transaction tries to write.
 *
 * <p>Recovery: a busy or full database ({@code SQLITE_BUSY}, {@code SQLITE_FULL}) fails only the transaction at
 * hand, with {@link org.f1pipeline.storage.StorageBusyException} or {@link org.f1pipeline.storage.StorageFullException};
 * the connection stays usable, and a connection closed by any failure is reopened for the next transaction.
 *
 * <p>Opening a new file creates it with the schema; an older schema is migrated; a newer one is refused with
 * {@link org.f1pipeline.storage.SchemaVersionException}. Thread-safe.
 */
public final class SqliteStorage extends JdbcStorage {

    /** The URL prefix this adapter handles. */
    public static final String URL_PREFIX = "jdbc:sqlite:";

    private static final int BUSY_TIMEOUT_MS = 10_000;
    /**
     * Page cache per connection, in KiB (negative = KiB for the pragma), outside large writes (which get
     * {@link SqliteDialect#LARGE_WRITE_CACHE_KIB}). Small on purpose (decision D98): SQLite allocates a cache page
     * for each page it reads or writes until the cache is full, and each is memory the process touches for the
     * first time; a recompute of 2000-2025 went through some 16 MB of pages, all of them kept, and took about 35 ms
     * more than with 4 MB, where pages are reused and the operating system's file cache serves the re-reads.
     */
    static final int CACHE_KIB = 4 * 1024;

    private SqliteStorage(ConnectionSource connections, String description) {
        super(connections, SqliteDialect.INSTANCE, migrations(), description);
    }

    /** The schema migrations of this adapter, oldest first. */
    static List<Migration> migrations() {
        return List.of(Migration.fromResource(1, "initial schema", SqliteStorage.class, "V1__initial_schema.sql"),
                Migration.fromResource(2, "championship standings", SqliteStorage.class,
                        "V2__championship_standings.sql"),
                Migration.fromResource(3, "pit stops", SqliteStorage.class, "V3__pit_stops.sql"),
                Migration.fromResource(4, "data notes", SqliteStorage.class, "V4__data_notes.sql"),
                Migration.fromResource(5, "input versions", SqliteStorage.class, "V5__input_versions.sql"),
                Migration.fromResource(6, "lap summaries", SqliteStorage.class, "V6__lap_summaries.sql"),
                Migration.fromResource(7, "per-event feature sets and prediction lines", SqliteStorage.class,
                        "V7__event_rows.sql"));
    }

    /**
     * Opens the database file, creating it (and missing parent folders) with the schema when it does not exist.
     *
     * @throws StorageException                              when the file cannot be opened or is not an SQLite
     *                                                       database
     * @throws org.f1pipeline.storage.SchemaVersionException when a newer library wrote the file
     */
    public static SqliteStorage open(Path file) {
        Objects.requireNonNull(file, "file");
        return open(URL_PREFIX + file.toAbsolutePath());
    }

    /**
     * Opens the database at a {@code jdbc:sqlite:} URL, e.g. {@code jdbc:sqlite:/data/f1.db} or
     * {@code jdbc:sqlite::memory:}. Query parameters are passed to the driver. For a plain file path, missing parent
     * folders are created.
     *
     * @throws InvalidInputException when the URL does not start with {@value #URL_PREFIX}
     * @throws StorageException      when the database cannot be opened
     */
    public static SqliteStorage open(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(URL_PREFIX)) {
            throw new InvalidInputException("url", "an SQLite URL must start with " + URL_PREFIX + ", was '"
                    + jdbcUrl + "'");
        }
        String location = jdbcUrl.substring(URL_PREFIX.length());
        boolean memory = location.isEmpty() || location.startsWith(":memory:") || location.contains("mode=memory");
        if (!memory && !location.startsWith("file:")) {
            createParentFolders(Path.of(location.split("\\?", 2)[0]));
        }
        // A file database gets a new connection after one was closed by a failure (busy, full, I/O), so one failed
        // job never leaves every later job with "database connection closed"; an in-memory database cannot (a new
        // connection would be a new, empty database) and needs none (no other process can lock or fill it).
        ConnectionSource connections;
        if (memory) {
            connections = ConnectionSource.single(connect(jdbcUrl, true));
        } else {
            try {
                connections = ConnectionSource.single(() -> connect(jdbcUrl, false));
            } catch (SQLException e) {
                throw new StorageException("open database", "cannot open " + Storages.redact(jdbcUrl) + ": "
                        + e.getMessage(), e);
            }
        }
        return new SqliteStorage(connections,
                "sqlite:" + (location.isEmpty() ? ":memory:" : Storages.redact(location)));
    }

    private static void createParentFolders(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("open database", "cannot create the folder " + parent + ": " + e, e);
        }
    }

    /** A new, private in-memory database with the schema; its data is gone on {@link #close()}. */
    public static SqliteStorage inMemory() {
        return open(URL_PREFIX + ":memory:");
    }

    private static Connection connect(String url, boolean memory) {
        NativeLibraryCache.install();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeout(url));
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-CACHE_KIB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // SQLite's own per-call mutex is redundant: sqlite-jdbc already serialises every native call on the
        // connection, and this storage never shares its connection between threads at once. Without it each
        // column read of a bulk query (some 8 million for the laps of 2000-2025) is about 10 % cheaper.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        if (!memory) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw new StorageException("open database", "cannot open " + Storages.redact(url) + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The busy timeout: {@code busy_timeout=<ms>} in the URL's query, else 10 s. How long a job waits for another
     * process's write lock before it fails with {@link org.f1pipeline.storage.StorageBusyException}.
     */
    static int busyTimeout(String url) {
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.startsWith("busy_timeout=")) {
                    try {
                        int ms = Integer.parseInt(pair.substring("busy_timeout=".length()).trim());
                        if (ms >= 0) {
                            return ms;
                        }
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                    throw new InvalidInputException("url", "busy_timeout must be a number of milliseconds >= 0, was '"
                            + pair.substring("busy_timeout=".length()) + "'");
                }
            }
        }
        return BUSY_TIMEOUT_MS;
    }
}
