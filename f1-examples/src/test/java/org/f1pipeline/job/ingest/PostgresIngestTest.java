package org.f1pipeline.job.ingest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.postgres.PostgresStorage;
import org.junit.jupiter.api.BeforeAll;

/**
 * The ingest storage contract on PostgreSQL ({@code F1_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}): a fresh schema per test, dropped afterwards. Skipped
 * when the server cannot be reached, except on CI ({@code CI=true}), where that fails, as the adapter's own contract
 * test does.
 */
class PostgresIngestTest extends IngestStorageContract {

    private static final String URL = System.getenv().getOrDefault("F1_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private String schema;

    @BeforeAll
    static void requireServer() {
        try (Connection ignored = connect()) {
            return;
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL.replaceFirst("\\?.*", "") + " ("
                    + e.getMessage() + "); set F1_TEST_PG_URL to a reachable database";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " -- on CI (CI=true) the PostgreSQL tests must run");
            }
            assumeTrue(false, message + " -- skipping the PostgreSQL ingest tests");
        }
    }

    @Override
    protected Storage createStorage() {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return PostgresStorage.open(URL, null, null, schema);
    }

    @Override
    protected void destroyStorage(Storage s) {
        s.close();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop schema " + schema, e);
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL);
    }
}
