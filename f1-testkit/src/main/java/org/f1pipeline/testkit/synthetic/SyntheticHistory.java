package org.f1pipeline.testkit.synthetic;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Entry point of the synthetic Formula 1 history 1950-2026: one coherent set of facts from which the fake
 * Jolpica, OpenF1 and live-timing servers are all rendered, and from which tests compute expected values.
 *
 * <p>Everything is deterministic (seeded by year, round and session), so two runs, two JVMs and two engineers
 * see the same numbers. Seasons are built lazily and only a few are kept; session detail (laps...) is rebuilt
 * on demand and only a handful are cached, so a 77-season backfill stays small in memory.
 *
 * <pre>{@code
 * SyntheticSeason s = SyntheticHistory.standard().season(2024);
 * SyntheticRound r = s.round(5);                       // Chinese GP, a sprint weekend
 * Entry winner = r.winner();
 * List<LapRow> laps = s.sessionData(5, SessionType.RACE).laps();
 * }</pre>
 */
public final class SyntheticHistory {
    /** The demo season: 24 rounds, 6 sprint weekends, 20 drivers per race, 10 teams. */
    public static final int DEMO_YEAR = 2024;
    /** The demo's "today": the 2024 British GP (round 12) is done, the Hungarian GP (round 13) is next. */
    public static final Instant DEMO_TODAY = Instant.parse("2024-07-10T12:00:00Z");

    private static final SyntheticHistory STANDARD = new SyntheticHistory();
    private static final int SEASONS_KEPT = 8;
    private static final int SESSIONS_KEPT = 6;

    private final Map<Integer, SyntheticSeason> seasons = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, SessionData> sessions = new LinkedHashMap<>(16, 0.75f, true);

    /** A fresh history (its caches are separate from {@link #standard()}'s). */
    public SyntheticHistory() {
    }

    /** The shared instance. */
    public static SyntheticHistory standard() {
        return STANDARD;
    }

    /** All seasons, 1950..2026. */
    public List<Integer> years() {
        return IntStream.rangeClosed(Eras.FIRST_YEAR, Eras.LAST_YEAR).boxed().toList();
    }

    /** A season (built on first use; rebuilt identically if evicted). */
    public SyntheticSeason season(int year) {
        Eras.check(year);
        synchronized (seasons) {
            SyntheticSeason s = seasons.get(year);
            if (s != null) {
                return s;
            }
        }
        SyntheticSeason built = SeasonBuilder.build(year, this);
        synchronized (seasons) {
            seasons.putIfAbsent(year, built);
            if (seasons.size() > SEASONS_KEPT) {
                seasons.remove(seasons.keySet().iterator().next());
            }
            return seasons.get(year);
        }
    }

    /** The demo season ({@link #DEMO_YEAR}). */
    public SyntheticSeason demoSeason() {
        return season(DEMO_YEAR);
    }

    SessionData cachedSession(String key, Supplier<SessionData> builder) {
        synchronized (sessions) {
            SessionData d = sessions.get(key);
            if (d != null) {
                return d;
            }
        }
        SessionData built = builder.get();
        synchronized (sessions) {
            sessions.putIfAbsent(key, built);
            if (sessions.size() > SESSIONS_KEPT) {
                sessions.remove(sessions.keySet().iterator().next());
            }
            return sessions.get(key);
        }
    }
}
