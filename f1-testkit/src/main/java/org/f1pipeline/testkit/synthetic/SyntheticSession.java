package org.f1pipeline.testkit.synthetic;

import java.time.Instant;
import org.f1pipeline.domain.SessionType;

/**
 * One session of a weekend.
 *
 * @param type         the session
 * @param name         name as the live-timing archive uses it in that season ({@code Practice 1},
 *                     {@code Sprint Shootout} (2023), {@code Sprint Qualifying} (2024+; in 2021 the sprint itself),
 *                     {@code Sprint}, {@code Qualifying}, {@code Race})
 * @param openF1Name   OpenF1 {@code session_name} (normalised: {@code Sprint Qualifying} for the 2023 shootout,
 *                     {@code Sprint} for the 2021 sprint)
 * @param openF1Type   OpenF1 / live-timing {@code session_type}: {@code Practice}, {@code Qualifying}, {@code Race}
 * @param start        scheduled start (UTC)
 * @param end          scheduled end (UTC); data is published at that instant in the synthetic world
 * @param key          OpenF1 / live-timing session key
 */
public record SyntheticSession(SessionType type, String name, String openF1Name, String openF1Type, Instant start,
                               Instant end, int key) {

    /** True once the session has finished as of {@code now} (its results and laps are then published). */
    public boolean finishedAsOf(Instant now) {
        return !end.isAfter(now);
    }

    /** True while the session is running at {@code now}. */
    public boolean liveAt(Instant now) {
        return !start.isAfter(now) && end.isAfter(now);
    }

    /** Jolpica schedule key ({@code FirstPractice}...), or null for the race itself. */
    public String jolpicaKey(int year) {
        switch (type) {
            case FP1: return "FirstPractice";
            case FP2: return "SecondPractice";
            case FP3: return "ThirdPractice";
            case QUALIFYING: return "Qualifying";
            case SPRINT: return "Sprint";
            case SPRINT_QUALIFYING: return year == 2023 ? "SprintShootout" : "SprintQualifying";
            default: return null;
        }
    }

    /** True for the sessions run to a race distance (race and sprint). */
    public boolean raceLike() {
        return type == SessionType.RACE || type == SessionType.SPRINT;
    }
}
