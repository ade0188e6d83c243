package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.livetiming.ArchiveSession;

/**
 * The season {@code Index.json} (spec 3.2) and, for seasons without one, FastF1's path derivation: {@code
 * {YYYY}/{race-day local date}_{Event Name}/{session local date}_{Session Name}/}, spaces as {@code _}, non-ASCII
 * characters kept (percent-encoded as UTF-8 only in the URL), plus FastF1's hard-coded exceptions.
 */
public final class ArchiveIndex {

    private ArchiveIndex() {
    }

    /** The sessions of a season index; placeholders ({@code Key -1}, no name) and unknown kinds are skipped. */
    public static List<ArchiveSession> parse(URI uri, int year, JsonNode root) {
        JsonNode meetings = root.get("Meetings");
        if (meetings == null || !meetings.isArray()) {
            throw new SourceFormatException(uri, "season index without a Meetings list", null, null);
        }
        List<ArchiveSession> out = new ArrayList<>();
        for (JsonNode m : meetings) {
            String meeting = text(m, "Name");
            JsonNode sessions = m.get("Sessions");
            if (meeting == null || sessions == null || !sessions.isArray()) {
                continue;
            }
            for (JsonNode s : sessions) {
                int key = s.path("Key").asInt(-1);
                String name = text(s, "Name");
                Integer number = s.hasNonNull("Number") ? s.get("Number").asInt() : null;
                Optional<SessionType> type = ArchiveSession.typeOf(text(s, "Type"), name, number);
                String path = text(s, "Path");
                if (key == -1 || type.isEmpty() || path == null || meeting.contains("Testing")) {
                    continue;
                }
                try {
                    out.add(new ArchiveSession(year, key, meeting, type.get(), name,
                            LocalDateTime.parse(text(s, "StartDate")), LocalDateTime.parse(text(s, "EndDate")),
                            offset(text(s, "GmtOffset")), path));
                } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
                    throw new SourceFormatException(uri, "session " + key + " of " + meeting + ": " + e.getMessage(),
                            s.toString(), e);
                }
            }
        }
        return out;
    }

    /** {@code "01:00:00"} or {@code "-04:00:00"}. */
    public static ZoneOffset offset(String v) {
        if (v == null) {
            throw new IllegalArgumentException("missing GmtOffset");
        }
        boolean negative = v.startsWith("-");
        String[] p = (negative ? v.substring(1) : v).split(":");
        int seconds = Integer.parseInt(p[0]) * 3600 + (p.length > 1 ? Integer.parseInt(p[1]) * 60 : 0);
        return ZoneOffset.ofTotalSeconds(negative ? -seconds : seconds);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    /** The archive's session name for a session type in a season (as FastF1 derives it). */
    public static String sessionName(int year, SessionType type) {
        return switch (type) {
            case FP1 -> "Practice 1";
            case FP2 -> "Practice 2";
            case FP3 -> "Practice 3";
            case QUALIFYING -> "Qualifying";
            case SPRINT_QUALIFYING -> year == 2023 ? "Sprint Shootout" : "Sprint Qualifying";
            case SPRINT -> year == 2021 ? "Sprint Qualifying" : "Sprint";
            case RACE -> "Race";
        };
    }

    /**
     * The derived path of a session (no index needed).
     *
     * @param raceDay    the race's local date
     * @param sessionDay the session's local date
     */
    public static String derivePath(int year, String eventName, LocalDate raceDay, LocalDate sessionDay,
                                    SessionType type) {
        LocalDate day = sessionDay;
        // FastF1's hard-coded exception: 2024 Brazil qualifying (held on 3 November) lives under 2 November.
        if (year == 2024 && type == SessionType.QUALIFYING && eventName.startsWith("S") && eventName.contains("Paulo")) {
            day = LocalDate.of(2024, 11, 2);
        }
        return year + "/" + raceDay + "_" + eventName.replace(' ', '_') + "/" + day + "_"
                + sessionName(year, type).replace(' ', '_') + "/";
    }

    /** Percent-encodes every byte of {@code path} outside the unreserved set and {@code /} (UTF-8). */
    public static String encode(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
