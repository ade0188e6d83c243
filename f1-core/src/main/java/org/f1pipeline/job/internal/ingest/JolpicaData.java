package org.f1pipeline.job.internal.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.jolpica.QualifyingRow;
import org.f1pipeline.source.jolpica.ResultRow;

/**
 * Where a job gets its Jolpica classification rows: for a season before the current year, from one season-wide
 * query per endpoint, memoised in the {@link SourceHub} and shared by every round's job (about 12 requests a season
 * instead of 3 per round: this is what keeps a 1950-2025 backfill under 800 requests); for the current season, one
 * query for the race, so a job never works from an answer taken before the session was published.
 */
final class JolpicaData {

    /** Generous end of any session, for the cache hint of per-race queries (a race lasts at most 3 h + 1 h). */
    private static final Duration SESSION_LENGTH = Duration.ofHours(4);

    private JolpicaData() {
    }

    /** Whether {@code season} is over by the injected clock, so its season-wide answers can be shared. */
    static boolean pastSeason(IngestRun run, int season) {
        return season < run.currentYear();
    }

    static List<ResultRow> results(IngestRun run, Race race) {
        RaceKey key = race.key();
        if (pastSeason(run, key.season())) {
            return ofRound(seasonResults(run, key.season()), key, r -> r.result().race());
        }
        return run.sources.jolpica().results(key, end(race, SessionType.RACE));
    }

    static List<ResultRow> sprint(IngestRun run, Race race) {
        RaceKey key = race.key();
        if (pastSeason(run, key.season())) {
            return ofRound(seasonSprint(run, key.season()), key, r -> r.result().race());
        }
        return run.sources.jolpica().sprintResults(key, end(race, SessionType.SPRINT));
    }

    static List<QualifyingRow> qualifying(IngestRun run, Race race) {
        RaceKey key = race.key();
        if (key.season() < IngestQualifyingJob.FIRST_JOLPICA_QUALIFYING) {
            return List.of();
        }
        if (pastSeason(run, key.season())) {
            return ofRound(seasonQualifying(run, key.season()), key, r -> r.result().race());
        }
        return run.sources.jolpica().qualifying(key, end(race, SessionType.QUALIFYING));
    }

    /** Grand-prix results of a whole season: memoised for past seasons, a fresh query for the current one. */
    static List<ResultRow> seasonResults(IngestRun run, int season) {
        return season(run, season, "results", () -> run.sources.jolpica().results(season));
    }

    static List<ResultRow> seasonSprint(IngestRun run, int season) {
        return season(run, season, "sprint", () -> run.sources.jolpica().sprintResults(season));
    }

    /** The season's qualifying; none, and no request, before 1994 (Jolpica has no qualifying tables then). */
    static List<QualifyingRow> seasonQualifying(IngestRun run, int season) {
        if (season < IngestQualifyingJob.FIRST_JOLPICA_QUALIFYING) {
            return List.of();
        }
        return season(run, season, "qualifying", () -> run.sources.jolpica().qualifying(season));
    }

    private static <T> List<T> season(IngestRun run, int season, String kind, Supplier<List<T>> load) {
        if (!pastSeason(run, season)) {
            return load.get();
        }
        return run.sources.hub().rememberSeason("jolpica/" + kind + "/" + season, () -> List.copyOf(load.get()));
    }

    private static <T> List<T> ofRound(List<T> rows, RaceKey key, Function<T, RaceKey> race) {
        return rows.stream().filter(r -> race.apply(r).equals(key)).toList();
    }

    /** A late estimate of when the session ended, as the response cache's immutability hint. */
    static Instant end(Race race, SessionType session) {
        return IngestRun.sessionStart(race, session).plus(SESSION_LENGTH);
    }
}
