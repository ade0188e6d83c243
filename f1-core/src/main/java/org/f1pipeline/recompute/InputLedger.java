package org.f1pipeline.recompute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputVersion;
import org.f1pipeline.storage.Stores;

/**
 * The input versions of a history (seasons 1950 to some last season), answering "what input version did this
 * computation read": a grand prix or sprint reads every input of every earlier race plus its own pre-session
 * inputs ({@link InputKind#readBefore}); a season's statistics read the inputs of that season. A derived record is
 * stale when the version it recorded is below this. Immutable after construction; not thread-safe to build.
 */
public final class InputLedger {

    /** First season any computation reads (the model's memory is not bounded in time). */
    static final int FIRST = RaceKey.FIRST_SEASON;

    private final TreeMap<RaceKey, Long> cumulative = new TreeMap<>();
    private final Map<RaceKey, Map<InputKind, Long>> own = new HashMap<>();
    private final Map<Integer, Long> seasons = new HashMap<>();

    /** A ledger of {@code versions}, every input recorded up to the last season of interest. */
    public InputLedger(Collection<InputVersion> versions) {
        TreeMap<RaceKey, Long> byRace = new TreeMap<>();
        for (InputVersion v : versions) {
            own.computeIfAbsent(v.race(), k -> new java.util.EnumMap<>(InputKind.class)).put(v.kind(), v.version());
            byRace.merge(v.race(), v.version(), Math::max);
            seasons.merge(v.race().season(), v.version(), Math::max);
        }
        long max = 0;
        for (Map.Entry<RaceKey, Long> e : byRace.entrySet()) {
            max = Math.max(max, e.getValue());
            cumulative.put(e.getKey(), max);
        }
    }

    /** The ledger of seasons 1950..{@code toSeason} as stored, read in the caller's transaction. */
    public static InputLedger read(Stores tx, int toSeason) {
        return new InputLedger(tx.inputs().inputVersions(FIRST, toSeason));
    }

    /** The greatest input version among the races before {@code race} (0 when none). */
    public long before(RaceKey race) {
        Map.Entry<RaceKey, Long> e = cumulative.lowerEntry(race);
        return e == null ? 0 : e.getValue();
    }

    /** The input version the {@code type} prediction (and features) of {@code race} reads. */
    public long event(RaceKey race, RaceType type) {
        long v = before(race);
        for (Map.Entry<InputKind, Long> e : own.getOrDefault(race, Map.of()).entrySet()) {
            if (e.getKey().readBefore(type)) {
                v = Math.max(v, e.getValue());
            }
        }
        return v;
    }

    /** The season's input version (0 when nothing of it is recorded). */
    public long season(int season) {
        return seasons.getOrDefault(season, 0L);
    }

    /** Whether the season has any recorded input. */
    public boolean hasInputs(int season) {
        return seasons.containsKey(season);
    }

    /**
     * Whether the {@code type} session of {@code race} has a recorded grid to predict from: a grand prix its
     * qualifying; a sprint its sprint qualifying, its results or (2021-22 format) the qualifying.
     */
    public boolean hasGrid(Race race, RaceType type) {
        if (race.status() == RaceStatus.CANCELLED) {
            return false;
        }
        Set<InputKind> kinds = own.getOrDefault(race.key(), Map.of()).keySet();
        if (type == RaceType.GRAND_PRIX) {
            return kinds.contains(InputKind.QUALIFYING);
        }
        return race.isSprintWeekend() && (kinds.contains(InputKind.SPRINT_QUALIFYING)
                || kinds.contains(InputKind.SPRINT_RESULTS)
                || (race.format() == EventFormat.SPRINT && kinds.contains(InputKind.QUALIFYING)));
    }

    /**
     * The greatest input version of the seasons before {@code season}: versions only grow, so any later write to
     * those seasons changes it (how a per-season recompute notices a concurrent writer).
     */
    long prefixBefore(int season) {
        Map.Entry<RaceKey, Long> e = cumulative.lowerEntry(new RaceKey(season, 1));
        return e == null ? 0 : e.getValue();
    }

    /**
     * What is stale in seasons {@code from..to} given the derived records of those seasons: seasons whose
     * statistics are, and events (race, type) whose features or latest prediction under {@code models} are (or
     * which were never computed although they have a grid).
     */
    public Stale stale(List<Race> races, List<DerivedVersion> derived, Map<RaceType, String> models, int from,
                       int to) {
        Map<List<Object>, Long> latest = new HashMap<>();
        for (DerivedVersion d : derived) {
            List<Object> key = List.of(d.season(), d.round(), d.kind(), d.modelVersion());
            latest.put(key, d.inputVersion()); // in computedAt order within a key: the latest version decides
        }
        Set<Integer> statsSeasons = new java.util.TreeSet<>();
        List<Event> events = new ArrayList<>();
        for (int season = from; season <= to; season++) {
            if (hasInputs(season)) {
                Long rec = latest.get(List.of(season, 0, DerivedKind.SEASON_STATS, ""));
                if (rec == null || rec < season(season)) {
                    statsSeasons.add(season);
                }
            }
        }
        for (Race race : races) {
            RaceKey key = race.key();
            if (key.season() < from || key.season() > to) {
                continue;
            }
            for (RaceType type : List.of(RaceType.SPRINT, RaceType.GRAND_PRIX)) {
                String model = models.get(type);
                if (model == null || !hasGrid(race, type)) {
                    continue;
                }
                long need = event(key, type);
                Long features = latest.get(List.of(key.season(), key.round(), DerivedKind.features(type), model));
                Long prediction = latest.get(List.of(key.season(), key.round(), DerivedKind.prediction(type),
                        model));
                if (features == null || features < need || prediction == null || prediction < need) {
                    events.add(new Event(key, type));
                }
            }
        }
        return new Stale(statsSeasons, events);
    }

    /** One grand prix or sprint. */
    public record Event(RaceKey race, RaceType type) {
    }

    /**
     * What is stale.
     *
     * @param statsSeasons seasons whose statistics are stale, ascending
     * @param events       events whose features or prediction are stale, in race order (sprint first)
     */
    public record Stale(Set<Integer> statsSeasons, List<Event> events) {

        public Stale {
            statsSeasons = Set.copyOf(statsSeasons);
            events = List.copyOf(events);
        }

        /** Nothing to recompute. */
        public boolean isEmpty() {
            return statsSeasons.isEmpty() && events.isEmpty();
        }

        /** The first season with anything stale, or {@code Integer.MAX_VALUE}. */
        public int firstSeason() {
            int first = statsSeasons.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
            for (Event e : events) {
                first = Math.min(first, e.race().season());
            }
            return first;
        }

        /** Whether season {@code season} has anything stale. */
        public boolean touches(int season) {
            return statsSeasons.contains(season) || events.stream().anyMatch(e -> e.race().season() == season);
        }
    }
}
