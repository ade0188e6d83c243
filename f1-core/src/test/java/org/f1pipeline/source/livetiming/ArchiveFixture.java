package org.f1pipeline.source.livetiming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.f1pipeline.domain.SessionType;

/**
 * Hand-written archive sessions in the real wire format (BOM, 12-character session-time prefix, CRLF), written to a
 * folder and built with {@link LiveTimingFiles}: the synthetic fixtures for the real-archive behaviours.
 */
final class ArchiveFixture {

    private final Path dir;
    private final SessionType type;
    private final int year;

    ArchiveFixture(Path dir, int year, SessionType type) {
        this.dir = dir;
        this.year = year;
        this.type = type;
    }

    /** Writes a topic: {@code lines} alternate session time and JSON payload. */
    ArchiveFixture topic(String topic, String... lines) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (int i = 0; i < lines.length; i += 2) {
            b.append(lines[i]).append(lines[i + 1].replace('\'', '"')).append("\r\n");
        }
        try {
            Files.writeString(dir.resolve(topic + ".jsonStream"), b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ArchiveSession session() {
        String name = switch (type) {
            case RACE -> "Race";
            case QUALIFYING -> "Qualifying";
            case FP2 -> "Practice 2";
            default -> type.name();
        };
        return new ArchiveSession(year, 1, "Test Grand Prix", type, name, LocalDateTime.of(year, 6, 1, 14, 0),
                LocalDateTime.of(year, 6, 1, 16, 0), ZoneOffset.ofHours(2),
                year + "/" + year + "-06-01_Test_Grand_Prix/" + year + "-06-01_" + name.replace(' ', '_') + "/");
    }

    LiveTimingSession build() {
        return LiveTimingFiles.load(session(), dir, EnumSet.allOf(LiveTimingTopic.class));
    }
}
