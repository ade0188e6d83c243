package org.f1pipeline.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.f1pipeline.domain.Season;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.storage.StorageRecoveryContractTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The recovery contract on PostgreSQL: another session holds {@code ACCESS EXCLUSIVE} locks on the tables a write
 * and an open need, and the storage's {@code lock_timeout} is 300 ms. Plus a server that drops the storage's
 * connections (a restart, a network failure): the next transaction gets a working connection.
 */
class PostgresStorageRecoveryTest extends StorageRecoveryContractTest {

    private final String schema = PostgresTestDatabase.newSchema();
    private final String application = "f1-recovery-" + schema;

    private String url() {
        return PostgresTestDatabase.URL + "&ApplicationName=" + application + "&options=-c%20lock_timeout%3D300";
    }

    @Override
    protected Storage open() {
        PostgresTestDatabase.requireReachable();
        return PostgresStorage.open(url(), null, null, schema);
    }

    @Override
    protected AutoCloseable holdLock() throws Exception {
        Connection other = DriverManager.getConnection(PostgresTestDatabase.URL);
        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
            s.execute("LOCK TABLE \"" + schema + "\".seasons, \"" + schema + "\".f1_schema_version"
                    + " IN ACCESS EXCLUSIVE MODE");
        }
        return () -> {
            try {
                other.rollback();
            } finally {
                other.close();
            }
        };
    }

    @Override
    protected void cleanUp() {
        if (PostgresTestDatabase.reachable()) {
            PostgresTestDatabase.dropSchema(schema);
        }
    }

    @Test
    @DisplayName("after the server dropped the storage's connections, the next transaction works on a new one")
    void connectionsDroppedByTheServer() {
        try (Storage storage = open()) {
            storage.catalog().upsertSeasons(List.of(new Season(2023, "x")));
            PostgresTestDatabase.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = '" + application + "'");
            storage.catalog().upsertSeasons(List.of(new Season(2024, "y")));
            assertThat(storage.catalog().seasons()).extracting(Season::year).containsExactly(2023, 2024);
        }
    }
}
