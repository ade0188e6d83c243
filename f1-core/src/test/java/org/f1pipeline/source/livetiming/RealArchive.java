package org.f1pipeline.source.livetiming;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real archive recordings in {@code shared/realdata/livetiming}, found through {@code F1_REALDATA_DIR} or
 * {@code ../../shared/realdata}; tests using them are skipped with a message when the folder is absent.
 */
final class RealArchive {

    private RealArchive() {
    }

    static Path root() {
        String env = System.getenv("F1_REALDATA_DIR");
        Path root = env != null && !env.isBlank() ? Path.of(env) : Path.of("../../shared/realdata");
        assumeTrue(Files.isDirectory(root.resolve("livetiming")), "real data not found at " + root.toAbsolutePath()
                + " (set F1_REALDATA_DIR); skipping tests on real live-timing recordings");
        return root;
    }

    /** Every session folder (one holding SessionInfo.jsonStream). */
    static List<Path> sessions() {
        try (Stream<Path> s = Files.walk(root().resolve("livetiming"))) {
            return s.filter(p -> p.getFileName().toString().equals("SessionInfo.jsonStream")).map(Path::getParent)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LiveTimingSession load(Path folder) {
        ArchiveSession s = LiveTimingFiles.sessionInfo(folder);
        return LiveTimingFiles.load(s, folder, s.type() == org.f1pipeline.domain.SessionType.RACE
                || s.type() == org.f1pipeline.domain.SessionType.SPRINT ? LiveTimingTopic.raceTopics()
                : LiveTimingTopic.sessionTopics());
    }
}
