package org.f1pipeline.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.storage.memory.InMemoryStorage;

/** Static entry points: the in-memory storage, and opening any adapter on the class path by URL. */
public final class Storages {

    private Storages() {
    }

    /** A new, empty in-memory storage. */
    public static Storage inMemory() {
        return new InMemoryStorage();
    }

    /** Opens the storage for {@code url} ({@code jdbc:sqlite:...}, {@code jdbc:postgresql:...}, {@code memory:}). */
    public static Storage open(String url) {
        return open(url, Map.of());
    }

    /**
     * Opens the storage for {@code url} with adapter options (e.g. {@code user}, {@code password}, {@code schema}).
     *
     * @throws InvalidInputException when no adapter on the class path supports the URL
     */
    public static Storage open(String url, Map<String, String> options) {
        Checks.notBlank(url, "url");
        if (url.equals("memory:") || url.equals("jdbc:memory:")) {
            return inMemory();
        }
        List<StorageProvider> candidates = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (StorageProvider provider : ServiceLoader.load(StorageProvider.class, Storages.class.getClassLoader())) {
            known.add(provider.name());
            if (provider.supports(url)) {
                candidates.add(provider);
            }
        }
        if (candidates.isEmpty()) {
            throw new InvalidInputException("url", "no storage adapter supports '" + redact(url)
                    + "'; adapters on the class path: " + (known.isEmpty() ? "none" : String.join(", ", known))
                    + " (add f1-storage-sqlite or f1-storage-postgres, or use memory:)");
        }
        candidates.sort(Comparator.comparingInt(StorageProvider::priority).reversed());
        return candidates.get(0).open(url, Map.copyOf(options));
    }

    /** The URL with any password parameter blanked, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
