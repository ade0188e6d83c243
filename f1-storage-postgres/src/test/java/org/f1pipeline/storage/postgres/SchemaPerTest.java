package org.f1pipeline.storage.postgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class whose every test gets a schema of its own on the test server ({@link PostgresTestDatabase}): skipped
 * without a server (failing under {@code CI=true}), the schema dropped after each test.
 */
abstract class SchemaPerTest {

    /** This test's schema. */
    protected final String schema = PostgresTestDatabase.newSchema();

    @BeforeEach
    void requireServer() {
        PostgresTestDatabase.requireReachable();
    }

    @AfterEach
    void dropSchema() {
        // Also runs after a skipped test, when there is no server to drop anything in.
        if (PostgresTestDatabase.reachable()) {
            PostgresTestDatabase.dropSchema(schema);
        }
    }
}
