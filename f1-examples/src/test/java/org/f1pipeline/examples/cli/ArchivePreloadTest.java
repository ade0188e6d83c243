package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ArchivePreload")
class ArchivePreloadTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("loads the jar's classes of the CLI, the library and SQLite's driver, skips the rest, and ignores"
            + " what cannot load")
    void loadsTheWantedClasses() throws IOException {
        Path jar = jar(List.of(
                "org/f1pipeline/examples/cli/ExitCodes.class", // loaded
                "org/sqlite/SQLiteConfig.class", // loaded
                "org/f1pipeline/testkit/fake/FakeJolpica.class", // the test kit: left out
                "org/f1pipeline/examples/bench/FreshRecomputeBenchmark.class", // left out
                "org/f1pipeline/NoSuchThing.class", // listed but not there: ignored
                "org/f1pipeline/package-info.class", // not a class to load
                "com/fasterxml/jackson/databind/ObjectMapper.class", // not a preloaded package
                "org/postgresql/Driver.class", // nor this one
                "org/f1pipeline/examples/cli/commands.txt"));
        assertThat(ArchivePreload.load(jar.toFile(), getClass().getClassLoader())).isEqualTo(2);
    }

    private Path jar(List<String> entries) throws IOException {
        Path jar = dir.resolve("f1.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new JarEntry(name));
                zip.write(new byte[] {1});
                zip.closeEntry();
            }
        }
        return jar;
    }
}
