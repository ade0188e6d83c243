package org.f1pipeline.source.jolpica;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.f1pipeline.source.jolpica.internal.Envelope;
import org.f1pipeline.source.jolpica.internal.ParseContext;

/**
 * Access to the real Jolpica/Ergast recordings in {@code ../shared/realdata/jolpica/ergast_responses} (never copied
 * into this repository). The folder comes from {@code F1_REALDATA_DIR} (set by the parent pom's surefire
 * configuration), else {@code ../../shared/realdata} relative to the module; tests that need it are skipped with a
 * message when it is absent, so a fresh clone still passes.
 */
public final class RealRecordings {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RealRecordings() {
    }

    /** The recordings folder, or a skipped test when it is absent. */
    public static Path dir() {
        Path dir = location();
        assumeTrue(Files.isDirectory(dir), "real Jolpica recordings not found at " + dir.toAbsolutePath()
                + " (set F1_REALDATA_DIR); skipping real-data test");
        return dir;
    }

    /** Whether the recordings folder exists (for test factories, which cannot skip themselves). */
    public static boolean available() {
        return Files.isDirectory(location());
    }

    private static Path location() {
        String env = System.getenv("F1_REALDATA_DIR");
        Path base = env != null && !env.isBlank() ? Path.of(env) : Path.of("../../shared/realdata");
        return base.resolve("jolpica/ergast_responses");
    }

    /** A recording by its relative name, e.g. {@code results/2023@9@results.json}. */
    public static Path file(String name) {
        Path file = dir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "recording " + name + " is missing; skipping");
        return file;
    }

    /** Every recording in one endpoint folder, sorted by name. */
    public static List<Path> folder(String family) {
        Path folder = dir().resolve(family);
        assumeTrue(Files.isDirectory(folder), "recording folder " + family + " is missing; skipping");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL a recording was fetched from, decoded from its file name ({@code @} = {@code /}, {@code ^} = ?). */
    public static URI urlOf(Path file) {
        String name = file.getFileName().toString().replace('@', '/').replace('^', '?');
        return URI.create("https://api.jolpi.ca/ergast/f1/" + name);
    }

    /** Parses a recording. */
    public static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope of a recording. */
    public static Envelope envelope(String name, String endpoint, String tableKey) {
        return envelope(file(name), endpoint, tableKey);
    }

    /** The envelope of a recording file. */
    public static Envelope envelope(Path file, String endpoint, String tableKey) {
        return Envelope.read(json(file), new ParseContext(urlOf(file), endpoint), tableKey);
    }
}
