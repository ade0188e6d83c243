package org.f1pipeline.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** sqlite-jdbc's native library kept once per user and driver version instead of extracted per process. */
class NativeLibraryCacheTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("the driver's bundled library is copied whole into a folder named after the driver version")
    void extractsOnce() throws Exception {
        Path library = NativeLibraryCache.extract(root);

        assertThat(library).isNotNull().isRegularFile();
        assertThat(library.getParent()).isEqualTo(root.resolve(SQLiteJDBCLoader.getVersion())
                .resolve(NativeLibraryCache.platform()));
        assertThat(library.getFileName().toString()).isEqualTo(LibraryLoaderUtil.getNativeLibName());
        try (InputStream bundled = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(bundled.readAllBytes());
        }
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library); // no temporary .part file left behind
        }
    }

    @Test
    @DisplayName("a library already in the cache is used as it is, not written again")
    void reusesTheCachedCopy() throws Exception {
        Path first = NativeLibraryCache.extract(root);
        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first, marked);

        Path second = NativeLibraryCache.extract(root);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second)).isEqualTo(marked);
    }

    @Test
    @DisplayName("a copy left half-written by a killed process is ignored, and the library is extracted again")
    void ignoresPartialCopies() throws Exception {
        Path dir = root.resolve(SQLiteJDBCLoader.getVersion()).resolve(NativeLibraryCache.platform());
        Files.createDirectories(dir);
        Path partial = Files.writeString(dir.resolve(LibraryLoaderUtil.getNativeLibName() + "123.part"), "half");

        Path library = NativeLibraryCache.extract(root);

        assertThat(library.getFileName().toString()).isEqualTo(LibraryLoaderUtil.getNativeLibName());
        assertThat(Files.size(library)).isGreaterThan(100_000);
        assertThat(partial).exists(); // not ours to delete: another process may still be writing it
    }

    @Test
    @DisplayName("with the cache installed, the driver loads the cached library and databases open as usual")
    void driverUsesTheCache() {
        try (SqliteStorage storage = SqliteStorage.open(root.resolve("f1.db"))) {
            storage.useTransaction(tx -> { });
        }
        String path = System.getProperty(NativeLibraryCache.LIB_PATH);
        if (System.getProperty(NativeLibraryCache.DISABLE_PROPERTY, "true").equals("false")) {
            assertThat(path).isNull();
        } else {
            // Set by the first open of this JVM, whichever test made it: a folder holding the library.
            assertThat(Path.of(path).resolve(System.getProperty(NativeLibraryCache.LIB_NAME))).isRegularFile();
        }
    }
}
