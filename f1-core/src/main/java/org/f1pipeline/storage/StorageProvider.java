package org.f1pipeline.storage;

import java.util.Map;

/**
 * Service-provider interface through which {@link Storages#open(String)} finds an adapter for a URL. Adapters
 * register one in {@code META-INF/services/org.f1pipeline.storage.StorageProvider}. Constructing the adapter
 * directly (e.g. {@code SqliteStorage.open(path)}) stays the main path; this is the convenience for CLIs and
 * configuration files.
 */
public interface StorageProvider {

    /** Short name, e.g. {@code sqlite}. */
    String name();

    /** Whether this provider handles the URL, e.g. one starting with {@code jdbc:sqlite:}. */
    boolean supports(String url);

    /** When several providers support a URL, the highest priority wins. */
    default int priority() {
        return 0;
    }

    /** Opens (creating or migrating as needed) the storage at {@code url}. */
    Storage open(String url, Map<String, String> options);
}
