package org.f1pipeline.job.internal.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.SessionType;

/** When a session of a weekend starts, for date guards and the backfill's "not yet" test. */
public final class SessionStarts {

    private SessionStarts() {
    }

    /**
     * The scheduled start, or for schedules without times (Jolpica publishes only the race date before 2018 and no
     * race time before 2005) the earliest day the session can have been held, at 00:00 UTC, so a guard never opens
     * later than the session.
     */
    public static Instant of(Race race, SessionType session) {
        Optional<Instant> scheduled = race.sessionStart(session);
        if (scheduled.isPresent()) {
            return scheduled.get();
        }
        boolean sprint = race.format() != EventFormat.CONVENTIONAL;
        int daysBefore = switch (session) {
            case RACE -> 0;
            case SPRINT, FP3 -> 1;
            case QUALIFYING -> sprint ? 2 : 1;
            default -> 2;
        };
        LocalDate day = race.date().minusDays(daysBefore);
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
