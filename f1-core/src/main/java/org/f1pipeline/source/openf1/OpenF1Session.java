package org.f1pipeline.source.openf1;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.f1pipeline.domain.SessionType;

/**
 * One row of {@code /v1/sessions}.
 *
 * @param sessionKey       the session's key
 * @param meetingKey       the weekend's key
 * @param name             {@code Practice 1..3}, {@code Qualifying}, {@code Sprint Qualifying} (2023: also
 *                         {@code Sprint Shootout}), {@code Sprint}, {@code Race}, {@code Day 1..} (testing)
 * @param type             {@code Practice}, {@code Qualifying} or {@code Race} (older rows: {@code Sprint Qualifying})
 * @param start            scheduled start, or null
 * @param end              scheduled end, or null
 * @param gmtOffset        local offset as sent, or null
 * @param circuitKey       OpenF1's circuit key, or null
 * @param circuitShortName short circuit name, or null
 * @param countryCode      ISO-3 country code, or null
 * @param countryName      country name, or null
 * @param location         city-level location, or null
 * @param year             the season
 * @param cancelled        whether the session was cancelled (false when absent)
 */
public record OpenF1Session(int sessionKey, int meetingKey, String name, String type, Instant start, Instant end,
                            String gmtOffset, Integer circuitKey, String circuitShortName, String countryCode,
                            String countryName, String location, int year, boolean cancelled) implements OpenF1Row {

    /**
     * The library's session type for this session, chosen by name (never by position in the weekend, seed defect
     * E1). Testing days and unknown names give empty.
     *
     * @return the session type, if this is a championship session
     */
    public Optional<SessionType> sessionType() {
        if (name == null) {
            return Optional.empty();
        }
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "practice 1": return Optional.of(SessionType.FP1);
            case "practice 2": return Optional.of(SessionType.FP2);
            case "practice 3": return Optional.of(SessionType.FP3);
            case "qualifying": return Optional.of(SessionType.QUALIFYING);
            // OpenF1 renamed the 2023 "Sprint Shootout" to "Sprint Qualifying"; both name the sprint grid session.
            case "sprint qualifying":
            case "sprint shootout": return Optional.of(SessionType.SPRINT_QUALIFYING);
            case "sprint": return Optional.of(SessionType.SPRINT);
            case "race": return Optional.of(SessionType.RACE);
            default: return Optional.empty();
        }
    }
}
