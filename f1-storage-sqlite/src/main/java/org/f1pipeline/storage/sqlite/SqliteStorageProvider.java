package org.f1pipeline.storage.sqlite;

import java.util.Map;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageProvider;

/**
 * Lets {@code Storages.open("jdbc:sqlite:/data/f1.db")} find {@link SqliteStorage}. Registered in
 * {@code META-INF/services/org.f1pipeline.storage.StorageProvider}. Takes no options (any given are ignored: the
 * URL says everything SQLite needs).
 */
public final class SqliteStorageProvider implements StorageProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public SqliteStorageProvider() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean supports(String url) {
        return url != null && url.startsWith(SqliteStorage.URL_PREFIX);
    }

    @Override
    public Storage open(String url, Map<String, String> options) {
        return SqliteStorage.open(url);
    }
}
