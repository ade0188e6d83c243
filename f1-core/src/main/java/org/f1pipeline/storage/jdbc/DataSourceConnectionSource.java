package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** A connection per transaction from a caller-owned (usually pooled) data source. */
final class DataSourceConnectionSource implements ConnectionSource {

    private final DataSource dataSource;

    DataSourceConnectionSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Connection acquire() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void release(Connection connection) {
        Jdbc.closeQuietly(connection);
    }

    @Override
    public void close() {
        // The data source belongs to the caller.
    }
}
