package org.f1pipeline.storage.postgres;

import java.util.Map;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageProvider;

/**
 * Lets {@code Storages.open("jdbc:postgresql://host/db", options)} find {@link PostgresStorage}. Options:
 * {@code user}, {@code password} (both may instead be URL parameters) and {@code schema}. Registered in
 * {@code META-INF/services/org.f1pipeline.storage.StorageProvider}.
 */
public final class PostgresStorageProvider implements StorageProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public PostgresStorageProvider() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean supports(String url) {
        return url != null && url.startsWith(PostgresStorage.URL_PREFIX);
    }

    @Override
    public Storage open(String url, Map<String, String> options) {
        return PostgresStorage.open(url, options.get("user"), options.get("password"), options.get("schema"));
    }
}
