package org.f1pipeline.job.internal.ingest;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.livetiming.ArchiveSession;
import org.f1pipeline.source.livetiming.Compounds;
import org.f1pipeline.source.livetiming.LiveTimingClient;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.livetiming.LiveTimingTopic;

/**
 * One race weekend as the live-timing archive knows it, and how jobs read its sessions (the router's archive side).
 *
 * <p>The archive covers 2018 on. It is the detail source for 2018-2022 and the fallback for 2023 on when OpenF1 is
 * switched off, unreachable, refusing, or lacks the session. Sessions are found in the season {@code Index.json}
 * (memoised per finished season) or by path derivation. A session's files are read once: a finished session is
 * memoised in the {@link SourceHub} for all the weekend's jobs (and the response cache keeps the files forever).
 * For 2018 the weekend's compound nomination needs the stints of FP2, qualifying and the race together, so those
 * sessions' {@code TimingAppData} (one file each) is read as well.
 */
final class ArchiveWeekend {

    /** First season in the archive. */
    static final int FIRST_SEASON = 2018;
    /** Last season whose detail comes from the archive first (OpenF1 from 2023). */
    static final int LAST_PRIMARY_SEASON = OpenF1Weekend.FIRST_SEASON - 1;

    private final IngestRun run;
    private final Race race;

    private ArchiveWeekend(IngestRun run, Race race) {
        this.run = run;
        this.race = race;
    }

    /** Whether the archive can have this race (2018 on). */
    static boolean covers(Race race) {
        return race.key().season() >= FIRST_SEASON;
    }

    /** Whether the archive is this race's first detail source (2018-2022). */
    static boolean primary(Race race) {
        return covers(race) && race.key().season() <= LAST_PRIMARY_SEASON;
    }

    static ArchiveWeekend of(IngestRun run, Race race) {
        return new ArchiveWeekend(run, race);
    }

    private LiveTimingClient client() {
        return run.sources.liveTiming();
    }

    /** The archive's session of that type, or empty when the index lists the weekend without it. */
    Optional<ArchiveSession> find(SessionType type) {
        int year = race.key().season();
        Optional<List<ArchiveSession>> index = year < run.currentYear()
                ? run.sources.hub().rememberSeason("livetiming/index/" + year, () -> client().seasonIndex(year))
                : client().seasonIndex(year);
        Instant start = race.sessionStart(type).orElse(null);
        if (index.isPresent()) {
            return LiveTimingClient.pick(index.get(), race.name(), race.date(), type);
        }
        return client().findSession(year, race.name(), race.date(), type, start);
    }

    /**
     * The session built from the topics a job needs (race-like sessions: {@link LiveTimingTopic#raceTopics()}, else
     * {@link LiveTimingTopic#sessionTopics()}), with weekend-relative compounds; empty when the archive has no such
     * session or no timing for it.
     */
    Optional<LiveTimingSession> session(SessionType type) {
        Optional<ArchiveSession> s = find(type);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        boolean raceLike = type == SessionType.RACE || type == SessionType.SPRINT;
        LiveTimingSession loaded = load(s.get(), raceLike ? LiveTimingTopic.raceTopics()
                : LiveTimingTopic.sessionTopics());
        if (!loaded.hasTiming()) {
            return Optional.empty();
        }
        if (race.key().season() <= 2018) {
            loaded = loaded.withCompounds(Compounds.weekendRelative(race.key().season(), weekendUsage(type, loaded)));
        }
        return Optional.of(loaded);
    }

    private Map<String, Integer> weekendUsage(SessionType own, LiveTimingSession loaded) {
        Map<String, Integer> usage = new TreeMap<>(loaded.compoundStints());
        for (SessionType t : EnumSet.of(SessionType.FP2, SessionType.QUALIFYING, SessionType.RACE)) {
            if (t == own) {
                continue;
            }
            find(t).filter(s -> s.end().isBefore(run.now()))
                    .map(s -> load(s, EnumSet.of(LiveTimingTopic.TIMING_APP_DATA)))
                    .ifPresent(o -> o.compoundStints().forEach((k, v) -> usage.merge(k, v, Integer::sum)));
        }
        return usage;
    }

    private LiveTimingSession load(ArchiveSession s, Set<LiveTimingTopic> topics) {
        boolean over = s.end().isBefore(run.now());
        if (!over) {
            return client().load(s, topics);
        }
        return run.sources.hub().rememberArchive("livetiming/" + s.path() + topics,
                () -> client().load(s, topics));
    }
}
