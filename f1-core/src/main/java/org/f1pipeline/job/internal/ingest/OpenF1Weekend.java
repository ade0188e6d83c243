package org.f1pipeline.job.internal.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.openf1.OpenF1Data;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Session;

/**
 * One race weekend as OpenF1 knows it, and how a job reads its rows.
 *
 * <p>The weekend is found in the season's session list (one request a year, memoised for {@link SourceHub#TTL}): the
 * OpenF1 race session on the race's date (UTC), or within a day of it. Rows are read per weekend when every session
 * of it has ended (one request per endpoint for all sessions, memoised, so a backfill's SQ, sprint, qualifying, FP2
 * and race jobs share them: 6-7 requests a weekend), and per session otherwise (a live weekend: the answer for an
 * unfinished weekend must not be reused). An endpoint that fails fails the job, so a retry picks it up.
 */
final class OpenF1Weekend {

    /** First season OpenF1 has data for. */
    static final int FIRST_SEASON = 2023;

    private static final Set<OpenF1Endpoint> BASE = EnumSet.of(OpenF1Endpoint.DRIVERS, OpenF1Endpoint.LAPS,
            OpenF1Endpoint.PIT, OpenF1Endpoint.STINTS, OpenF1Endpoint.WEATHER, OpenF1Endpoint.RACE_CONTROL);

    private final IngestRun run;
    private final Race race;
    private final int meetingKey;
    private final List<OpenF1Session> sessions;

    private OpenF1Weekend(IngestRun run, Race race, int meetingKey, List<OpenF1Session> sessions) {
        this.run = run;
        this.race = race;
        this.meetingKey = meetingKey;
        this.sessions = sessions;
    }

    /** Whether OpenF1 is to be asked about this race (enabled, and a season it covers). */
    static boolean covers(IngestRun run, Race race) {
        return run.sources.options().openF1() && race.key().season() >= FIRST_SEASON;
    }

    /** The weekend, or empty when OpenF1 does not list a race session on the race's date. */
    static Optional<OpenF1Weekend> find(IngestRun run, Race race) {
        int year = race.key().season();
        List<OpenF1Session> all = run.sources.hub().rememberSeason("openf1/sessions/" + year,
                () -> List.copyOf(run.sources.openF1().sessions(year)));
        LocalDate day = race.sessionStart(SessionType.RACE).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
                .orElse(race.date());
        Optional<OpenF1Session> raceSession = all.stream()
                .filter(s -> !s.cancelled() && s.start() != null && s.sessionType().orElse(null) == SessionType.RACE)
                .filter(s -> Math.abs(ChronoUnit.DAYS.between(day, s.start().atZone(ZoneOffset.UTC).toLocalDate())) <= 1)
                .min(Comparator.comparingLong(s -> Math.abs(ChronoUnit.DAYS.between(day,
                        s.start().atZone(ZoneOffset.UTC).toLocalDate()))));
        return raceSession.map(rs -> new OpenF1Weekend(run, race, rs.meetingKey(),
                all.stream().filter(s -> s.meetingKey() == rs.meetingKey()).toList()));
    }

    int meetingKey() {
        return meetingKey;
    }

    /** The weekend's session of that type, unless cancelled. */
    Optional<OpenF1Session> session(SessionType type) {
        return sessions.stream().filter(s -> !s.cancelled() && s.sessionType().orElse(null) == type).findFirst();
    }

    /** The rows of {@code endpoints} for one session of the weekend (see the class comment for how). */
    OpenF1Data rows(OpenF1Session session, Set<OpenF1Endpoint> endpoints) {
        boolean over = sessions.stream().filter(s -> !s.cancelled())
                .allMatch(s -> s.end() != null && s.end().isBefore(run.now()));
        Set<OpenF1Endpoint> union = EnumSet.copyOf(BASE);
        if (race.format().hasSprintQualifying()) {
            union.add(OpenF1Endpoint.SESSION_RESULT);
        }
        if (over && union.containsAll(endpoints)) {
            OpenF1Data weekend = run.sources.hub().rememberWeekend("openf1/meeting/" + meetingKey,
                    () -> run.sources.openF1().meetingData(meetingKey, sessions, union).requireComplete());
            return weekend.session(session.sessionKey());
        }
        return run.sources.openF1().sessionData(session, endpoints).requireComplete();
    }
}
