package org.f1pipeline.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library extracted once per user and driver version, instead of once per process.
 *
 * <p>Why: sqlite-jdbc copies its 1 MB native library out of its jar into the temporary folder every time a JVM
 * first opens a connection, and deletes it at exit. That costs about 0.1 s of every {@code f1} command, a fifth of
 * a short command's time. The driver loads a library from {@code org.sqlite.lib.path} / {@code org.sqlite.lib.name}
 * when they are set, so the library is copied once into a folder of the user's cache, named after the driver
 * version ({@code ~/.cache/f1pipeline/sqlite-native/<version>/<os>/<arch>/}, or under {@code $XDG_CACHE_HOME}),
 * and those properties point there. The copy is written to a temporary name and moved into place, so a file under
 * the final name is always whole; a user folder, not a shared temporary folder, so no other user can plant a
 * library there.
 *
 * <p>Nothing changes when the properties are already set (the user chose a library), when
 * {@value #DISABLE_PROPERTY} is {@code false}, or when anything fails (no home folder, read-only disk, a driver
 * without a bundled library for this platform): the driver then extracts as usual. Thread-safe.
 */
final class NativeLibraryCache {

    /** System property: {@code false} turns the cache off (the driver extracts its library per process). */
    static final String DISABLE_PROPERTY = "f1pipeline.sqlite.nativeCache";
    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryCache.class);
    private static boolean done;

    private NativeLibraryCache() {
    }

    /** Points the driver at the cached library, extracting it first if needed; once per JVM. */
    static synchronized void install() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty(LIB_PATH) != null || System.getProperty(LIB_NAME) != null
                || "false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY))) {
            return;
        }
        Path root = cacheRoot();
        if (root == null) {
            return;
        }
        try {
            Path library = extract(root);
            if (library != null) {
                System.setProperty(LIB_PATH, library.getParent().toString());
                System.setProperty(LIB_NAME, library.getFileName().toString());
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("sqlite-jdbc's native library is not cached under {} ({}); the driver extracts it", root,
                    e.toString());
        }
    }

    /**
     * The library in {@code root}, extracted from the driver's jar unless already there; null when the driver has
     * no bundled library for this platform.
     */
    static Path extract(Path root) throws IOException {
        String folder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = folder + "/" + name;
        Path target = root.resolve(SQLiteJDBCLoader.getVersion()).resolve(folder.replaceFirst("^/+", ""))
                .resolve(name).normalize();
        if (!target.startsWith(root)) {
            return null; // a resource path that climbs out of the folder: never write there
        }
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            return target;
        }
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), name, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return target;
    }

    /** {@code $XDG_CACHE_HOME/f1pipeline/sqlite-native}, else {@code ~/.cache/...}; null without a home. */
    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base;
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else if (home != null && !home.isBlank() && !home.equals("?")) {
            base = Path.of(home, ".cache");
        } else {
            return null;
        }
        return base.resolve("f1pipeline").resolve("sqlite-native").toAbsolutePath().normalize();
    }
}
