package org.f1pipeline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * A race weekend.
 *
 * @param date          UTC date of the grand prix
 * @param sessionStarts start time of every known session, by name (never by position: the order of sessions
 *                      differs between the 2021-22, 2023 and 2024+ sprint formats)
 * @param status        progress through the job chain; storage never resets it when the schedule is re-synced
 */
public record Race(RaceKey key, String name, CircuitId circuit, LocalDate date, EventFormat format,
                   Map<SessionType, Instant> sessionStarts, RaceStatus status) {

    public Race {
        Checks.notNull(key, "race.key");
        Checks.notBlank(name, "race.name");
        Checks.notNull(circuit, "race.circuit");
        Checks.notNull(date, "race.date");
        Checks.notNull(format, "race.format");
        Checks.notNull(status, "race.status");
        Checks.notNull(sessionStarts, "race.sessionStarts");
        if (date.getYear() != key.season() && date.getYear() != key.season() + 1) {
            throw new InvalidInputException("race.date",
                    "race.date " + date + " does not fall in season " + key.season());
        }
        EnumMap<SessionType, Instant> copy = new EnumMap<>(SessionType.class);
        sessionStarts.forEach((type, start) -> copy.put(Checks.notNull(type, "race.sessionStarts key"),
                Checks.notNull(start, "race.sessionStarts[" + type + "]")));
        sessionStarts = Collections.unmodifiableMap(copy);
    }

    /** Whether the weekend has a sprint race. */
    public boolean isSprintWeekend() {
        return format.isSprint();
    }

    /** Start of the given session, if the schedule has it. */
    public Optional<Instant> sessionStart(SessionType type) {
        return Optional.ofNullable(sessionStarts.get(type));
    }

    /**
     * Start of the session at which the given race type begins: the grand prix start, or the sprint start. Falls
     * back to the start of the race day (UTC) when the schedule has no time.
     */
    public Instant startOf(RaceType type) {
        SessionType session = type == RaceType.SPRINT ? SessionType.SPRINT : SessionType.RACE;
        Instant fallback = type == RaceType.SPRINT
                ? date.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return sessionStart(session).orElse(fallback);
    }

    public Race withStatus(RaceStatus newStatus) {
        return new Race(key, name, circuit, date, format, sessionStarts, newStatus);
    }
}
