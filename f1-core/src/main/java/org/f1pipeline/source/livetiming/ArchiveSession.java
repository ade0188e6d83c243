package org.f1pipeline.source.livetiming;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.internal.Checks;

/**
 * One session of the live-timing archive, as the season index lists it (or as derived from the schedule).
 *
 * @param year        the season
 * @param key         the archive's session key (0 when derived without an index)
 * @param meetingName the event name, e.g. {@code British Grand Prix}
 * @param type        the pipeline's session type (2021's "Sprint Qualifying" of Type Race is the sprint)
 * @param name        the archive's session name, e.g. {@code Practice 2}, {@code Sprint Shootout}
 * @param localStart  scheduled start, circuit local time
 * @param localEnd    scheduled end, circuit local time
 * @param gmtOffset   the circuit's offset from UTC that weekend
 * @param path        the folder below {@code /static/}, ending in {@code /}
 */
public record ArchiveSession(int year, int key, String meetingName, SessionType type, String name,
                             LocalDateTime localStart, LocalDateTime localEnd, ZoneOffset gmtOffset, String path) {

    /** Validates the fields. */
    public ArchiveSession {
        Checks.inRange(year, 2018, 2100, "archiveSession.year");
        Checks.notBlank(meetingName, "archiveSession.meetingName");
        Checks.notNull(type, "archiveSession.type");
        Checks.notBlank(name, "archiveSession.name");
        Checks.notNull(localStart, "archiveSession.localStart");
        Checks.notNull(localEnd, "archiveSession.localEnd");
        Checks.notNull(gmtOffset, "archiveSession.gmtOffset");
        Checks.notBlank(path, "archiveSession.path");
        if (!path.endsWith("/") || path.startsWith("/")) {
            throw new IllegalArgumentException("archiveSession.path must be relative and end with '/', was " + path);
        }
    }

    /** Scheduled start in UTC. */
    public Instant start() {
        return localStart.toInstant(gmtOffset);
    }

    /** Scheduled end in UTC. */
    public Instant end() {
        return localEnd.toInstant(gmtOffset);
    }

    /**
     * The pipeline's session type for an archive session, or empty for sessions the pipeline does not use (testing,
     * demonstration runs, placeholders).
     *
     * @param type   the index's {@code Type} (Practice, Qualifying, Race)
     * @param name   the index's {@code Name}
     * @param number the index's {@code Number} (practice only), or null
     */
    public static Optional<SessionType> typeOf(String type, String name, Integer number) {
        if (type == null || name == null || name.isBlank()) {
            return Optional.empty();
        }
        switch (type) {
            case "Practice":
                if (name.startsWith("Practice ")) {
                    return switch (name.substring("Practice ".length()).trim()) {
                        case "1" -> Optional.of(SessionType.FP1);
                        case "2" -> Optional.of(SessionType.FP2);
                        case "3" -> Optional.of(SessionType.FP3);
                        default -> Optional.empty();
                    };
                }
                return Optional.empty();
            case "Qualifying":
                if (name.equals("Qualifying")) {
                    return Optional.of(SessionType.QUALIFYING);
                }
                return name.equals("Sprint Shootout") || name.equals("Sprint Qualifying")
                        ? Optional.of(SessionType.SPRINT_QUALIFYING) : Optional.empty();
            case "Race":
                if (name.equals("Race")) {
                    return Optional.of(SessionType.RACE);
                }
                // 2021 named the sprint race "Sprint Qualifying" (Type Race); 2022 on "Sprint".
                return name.equals("Sprint") || name.equals("Sprint Qualifying")
                        ? Optional.of(SessionType.SPRINT) : Optional.empty();
            default:
                return Optional.empty();
        }
    }
}
