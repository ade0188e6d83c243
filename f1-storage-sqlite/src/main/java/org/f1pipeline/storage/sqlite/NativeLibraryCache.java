package org.f1pipeline.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
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
 * version ({@code ~/.cache/f1pipeline/sqlite-native/<version>/<os.name>-<os.arch>/}, or under
 * {@code $XDG_CACHE_HOME}),
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

    /** Suffix of a copy being written. */
    private static final String PART = ".part";
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
            // The logger is looked up here, on this rare path, not in a static field: the first logger of a
            // process starts the logging binding (slf4j-simple, for one, reads its settings and builds a date format), some
            // 20-40 ms that an f1 command on SQLite which logs nothing would otherwise pay on every run.
            LoggerFactory.getLogger(NativeLibraryCache.class).debug(
                    "sqlite-jdbc's native library is not cached under {} ({}); the driver extracts it", root,
                    e.toString());
        }
    }

    /**
     * The library in {@code root}, extracted from the driver's jar unless already there; null when the driver has
     * no bundled library for this platform. The folder is named after the driver version and the JVM's
     * {@code os.name} and {@code os.arch}, so that a library already kept is found without asking the driver which
     * platform this is: the driver's answer (its {@code OSInfo}) starts a {@code uname} process, some 20 ms of a
     * cold start. Should a kept library not load (a home folder shared by a glibc and a musl system), the driver
     * falls back to extracting its own.
     */
    static Path extract(Path root) throws IOException {
        Path dir = root.resolve(SQLiteJDBCLoader.getVersion()).resolve(platform()).normalize();
        if (!dir.startsWith(root)) {
            return null; // a version or platform name that climbs out of the folder: never write there
        }
        Path kept = kept(dir);
        if (kept != null) {
            return kept;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Path target = dir.resolve(name).normalize();
        if (!target.getParent().equals(dir)) {
            return null;
        }
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, PART);
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

    /** The library kept in {@code dir}: its one non-empty file that is not a copy in progress; else null. */
    private static Path kept(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> libraries = files.filter(f -> !f.getFileName().toString().endsWith(PART))
                    .filter(Files::isRegularFile).toList();
            return libraries.size() == 1 && Files.size(libraries.get(0)) > 0 ? libraries.get(0) : null;
        }
    }

    /** {@code <os.name>-<os.arch>}, letters, digits, dots, dashes and underscores only. */
    static String platform() {
        String raw = System.getProperty("os.name", "unknown") + "-" + System.getProperty("os.arch", "unknown");
        return raw.replaceAll("[^A-Za-z0-9._-]", "_");
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
