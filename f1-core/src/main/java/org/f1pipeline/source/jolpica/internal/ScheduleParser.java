package org.f1pipeline.source.jolpica.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.jolpica.ScheduledRace;

/**
 * Parses the schedule ({@code /{season}.json}, data-sources.md section 1.8 "races") into {@link Race} rows with
 * status {@link RaceStatus#SCHEDULED}. Internal API.
 *
 * <p><b>Event format</b> comes from the year once the weekend is known to have a sprint (a {@code Sprint},
 * {@code SprintShootout} or {@code SprintQualifying} session): 2021-22 {@link EventFormat#SPRINT}, 2023
 * {@link EventFormat#SPRINT_SHOOTOUT}, 2024+ {@link EventFormat#SPRINT_QUALIFYING}. This is exactly the rule
 * Jolpica's own serializer uses to pick the session keys, so key names and year never disagree on real data.
 *
 * <p><b>Sessions</b> are mapped by name, never by position. {@code SprintShootout} and {@code SprintQualifying}
 * both become {@link SessionType#SPRINT_QUALIFYING}. Original Ergast payloads (and caches of them) label the 2023+
 * sprint-grid session {@code SecondPractice} (J-DIFF); since those weekends have no second practice, a
 * {@code SecondPractice} on a 2023+ sprint weekend without a shootout/SQ key is read as the sprint qualifying. On
 * 2021-22 sprint weekends {@code SecondPractice} is a real FP2.
 *
 * <p><b>Sessions without a time</b> (old seasons give only the date) are left out of {@code sessionStarts}: a
 * midnight guess would make date guards think a session ended hours before it did. {@link Race#date()} still
 * holds the race date and {@link Race#startOf} falls back to it.
 */
public final class ScheduleParser {

    private ScheduleParser() {
    }

    /**
     * The races of one schedule page.
     *
     * @param page the page envelope ({@code RaceTable})
     * @return the races with their circuits, in server order
     */
    public static List<ScheduledRace> parse(Envelope page) {
        List<ScheduledRace> out = new ArrayList<>();
        for (Node raceNode : page.table().array("Races")) {
            out.add(race(raceNode));
        }
        return out;
    }

    /** One race object of the schedule. */
    public static ScheduledRace race(Node node) {
        RaceKey key = CatalogParser.raceKey(node);
        Node race = node.inRace(key);
        String name = race.text("raceName");
        Circuit circuit = CatalogParser.circuit(race.field("Circuit"));
        LocalDate date = race.date("date");
        LocalTime raceTime = race.has("time") ? race.parse("time", race.optText("time"), Values::utcTime) : null;
        Instant raceStart = raceTime == null ? null : date.atTime(raceTime).toInstant(ZoneOffset.UTC);
        SessionKeys keys = new SessionKeys() {
            @Override
            public boolean has(String k) {
                return race.has(k);
            }

            @Override
            public Instant start(String k) {
                Node session = race.optField(k).orElse(null);
                if (session == null || !session.has("date") || !session.has("time")) {
                    return null;
                }
                LocalDate day = session.date("date");
                LocalTime time = session.parse("time", session.text("time"), Values::utcTime);
                return day.atTime(time).toInstant(ZoneOffset.UTC);
            }
        };
        EventFormat format = format(key.season(), keys);
        Map<SessionType, Instant> starts = sessionStarts(raceStart, format, keys);
        return race.build("race", () -> new ScheduledRace(
                new Race(key, name, circuit.id(), date, format, starts, RaceStatus.SCHEDULED), circuit));
    }

    /**
     * The session keys of one race object ({@code FirstPractice}, {@code Sprint}, {@code SprintShootout}, ...), so
     * that the session rules below serve both the API's JSON and the database dump (which derives the same keys).
     */
    public interface SessionKeys {
        /** Whether the race object has the key (with or without a time). */
        boolean has(String key);

        /** The session's UTC start when the key is present with a date and a time, else null. */
        Instant start(String key);
    }

    /** The weekend's format: sprint weekends are those with a {@code Sprint}, shootout or sprint-qualifying key. */
    public static EventFormat format(int season, SessionKeys keys) {
        boolean sprintWeekend = keys.has("Sprint") || keys.has("SprintShootout") || keys.has("SprintQualifying");
        return sprintWeekend ? sprintFormat(season) : EventFormat.CONVENTIONAL;
    }

    /**
     * The session starts of a race object.
     *
     * @param raceStart the grand prix's start (the race date at its {@code time}), or null without a time
     */
    public static Map<SessionType, Instant> sessionStarts(Instant raceStart, EventFormat format, SessionKeys keys) {
        Map<SessionType, Instant> starts = new EnumMap<>(SessionType.class);
        if (raceStart != null) {
            starts.put(SessionType.RACE, raceStart);
        }
        put(starts, SessionType.FP1, keys, "FirstPractice");
        put(starts, SessionType.FP3, keys, "ThirdPractice");
        put(starts, SessionType.QUALIFYING, keys, "Qualifying");
        mapSprintSessions(starts, keys, format);
        return starts;
    }

    /** The sprint format of a season, following Jolpica's serializer (ListRaceSerializer). */
    public static EventFormat sprintFormat(int season) {
        if (season <= 2022) {
            return EventFormat.SPRINT;
        }
        return season == 2023 ? EventFormat.SPRINT_SHOOTOUT : EventFormat.SPRINT_QUALIFYING;
    }

    private static void mapSprintSessions(Map<SessionType, Instant> starts, SessionKeys race, EventFormat format) {
        String gridKey = race.has("SprintShootout") ? "SprintShootout"
                : race.has("SprintQualifying") ? "SprintQualifying" : null;
        switch (format) {
            case CONVENTIONAL -> put(starts, SessionType.FP2, race, "SecondPractice");
            case SPRINT -> {
                put(starts, SessionType.FP2, race, "SecondPractice");
                put(starts, SessionType.SPRINT, race, "Sprint");
                // 2021 called the sprint itself "sprint qualifying"; only trust that name when no Sprint key exists.
                if (gridKey != null && !race.has("Sprint")) {
                    put(starts, SessionType.SPRINT, race, gridKey);
                }
            }
            case SPRINT_SHOOTOUT, SPRINT_QUALIFYING -> {
                put(starts, SessionType.SPRINT, race, "Sprint");
                if (gridKey != null) {
                    put(starts, SessionType.SPRINT_QUALIFYING, race, gridKey);
                    put(starts, SessionType.FP2, race, "SecondPractice");
                } else {
                    // Ergast's mislabelling: the shootout / SQ published as SecondPractice.
                    put(starts, SessionType.SPRINT_QUALIFYING, race, "SecondPractice");
                }
            }
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    private static void put(Map<SessionType, Instant> starts, SessionType type, SessionKeys race, String key) {
        Instant start = race.start(key);
        if (start != null) {
            starts.put(type, start);
        }
    }
}
