package org.f1pipeline.source.openf1;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real OpenF1 recordings in {@code shared/realdata/openf1} (never copied into the repository). Found through
 * {@code F1_REALDATA_DIR} (set by the parent pom's surefire configuration) or {@code ../../shared/realdata}; tests
 * using them are skipped, with a message, when neither exists.
 */
final class RealData {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The collector split rows per driver; the real API returns one array, so they are merged back. */
    private RealData() {
    }

    static Path sessionDir(int meetingKey, int sessionKey) {
        Path root = root();
        Path dir = root.resolve("openf1/season=2023/meeting_key=" + meetingKey + "/session_key=" + sessionKey);
        assumeTrue(Files.isDirectory(dir), "real OpenF1 recording missing: " + dir);
        return dir;
    }

    /** Every driver's {@code name}.json of a session, concatenated into one array. */
    static JsonNode perDriver(Path sessionDir, String name) {
        ArrayNode all = MAPPER.createArrayNode();
        try (Stream<Path> dirs = Files.list(sessionDir)) {
            List<Path> sorted = dirs.filter(p -> p.getFileName().toString().startsWith("driver_number="))
                    .sorted().toList();
            for (Path d : sorted) {
                JsonNode rows = MAPPER.readTree(d.resolve(name + ".json").toFile());
                rows.forEach(all::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static JsonNode file(Path path) {
        try {
            return MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        String env = System.getenv("F1_REALDATA_DIR");
        Path root = env != null && !env.isBlank() ? Path.of(env) : Path.of("../../shared/realdata");
        assumeTrue(Files.isDirectory(root.resolve("openf1")), "real data not found at " + root.toAbsolutePath()
                + " (set F1_REALDATA_DIR); skipping tests on real OpenF1 recordings");
        return root;
    }
}
