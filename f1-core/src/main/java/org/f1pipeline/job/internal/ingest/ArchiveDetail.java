package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.livetiming.ArchiveDriver;
import org.f1pipeline.source.livetiming.ArchiveLap;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.openf1.DriverMapping;
import org.f1pipeline.source.openf1.MappedDriver;
import org.f1pipeline.source.openf1.QualifyingBests;

/**
 * Turns an archive session into the rows the jobs store, the same columns OpenF1 fills: {@link LapTime}s (time,
 * sectors, speed trap, compound, tyre life, fresh tyre, pit in/out, stint, track status, position by order of
 * completion), qualifying bests per car, and the cars mapped onto the season's entry list.
 */
final class ArchiveDetail {

    private ArchiveDetail() {
    }

    /**
     * Maps every car of the session to its driver through the entry list; a car no entry matches is an
     * {@link org.f1pipeline.source.openf1.UnknownDriverException} naming the car (races and qualifying), or is left
     * out and listed in {@code skipped} when {@code skipped} is given (practice).
     */
    static Map<Integer, MappedDriver> drivers(RaceKey key, DriverMapping mapping, LiveTimingSession s,
                                              TreeSet<Integer> skipped) {
        Map<Integer, ArchiveDriver> listed = new HashMap<>();
        s.drivers().forEach(d -> listed.put(d.number(), d));
        TreeSet<Integer> cars = new TreeSet<>();
        s.laps().forEach(l -> cars.add(l.carNumber()));
        s.segmentBests().keySet().forEach(cars::add);
        Map<Integer, MappedDriver> out = new LinkedHashMap<>();
        for (int n : cars) {
            ArchiveDriver d = listed.get(n);
            String tla = d == null ? null : d.tla();
            String name = d == null ? null : d.fullName();
            String team = d == null ? null : d.teamName();
            if (skipped == null) {
                out.put(n, mapping.map(key, n, tla, name, team));
            } else {
                Optional<MappedDriver> m = mapping.find(key, n, tla, name, team);
                if (m.isPresent()) {
                    out.put(n, m.get());
                } else {
                    skipped.add(n);
                }
            }
        }
        return out;
    }

    /**
     * The laps as stored rows. {@code firstLap} gives a race's lap-1 times (not in the feed; FastF1 takes them from
     * Jolpica), by driver. Positions are the order in which the cars completed each lap (FastF1).
     */
    static List<LapTime> laps(RaceKey key, RaceType type, LiveTimingSession s, Map<Integer, MappedDriver> drivers,
                              Map<DriverId, Integer> firstLap) {
        Map<Integer, List<ArchiveLap>> byLap = new TreeMap<>();
        s.laps().stream().filter(l -> l.endTimeMs() != null && drivers.containsKey(l.carNumber()))
                .forEach(l -> byLap.computeIfAbsent(l.lap(), k -> new ArrayList<>()).add(l));
        Map<String, Integer> position = new HashMap<>();
        byLap.forEach((n, ls) -> {
            ls.sort(Comparator.comparingLong(ArchiveLap::endTimeMs));
            for (int i = 0; i < ls.size() && i < 40; i++) {
                position.put(ls.get(i).carNumber() + "/" + n, i + 1);
            }
        });
        boolean race = type != null;
        List<LapTime> out = new ArrayList<>();
        for (ArchiveLap l : s.laps()) {
            MappedDriver d = drivers.get(l.carNumber());
            if (d == null || l.lap() > 200) {
                continue;
            }
            Integer time = l.lapTimeMs();
            if (time == null && l.lap() == 1 && firstLap != null) {
                time = firstLap.get(d.driver());
            }
            out.add(new LapTime(key, race ? type : RaceType.GRAND_PRIX, d.driver(), l.lap(), time, l.sector1Ms(),
                    l.sector2Ms(), l.sector3Ms(), l.speedSt() == null ? null : l.speedSt().doubleValue(),
                    l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(),
                    race ? position.get(l.carNumber() + "/" + l.lap()) : null));
        }
        return out;
    }

    /** Per car: best S1, S2, S3 taken separately over every lap, top speed trap, best lap (as OpenF1's rule). */
    static Map<Integer, QualifyingBests> bests(LiveTimingSession s) {
        Map<Integer, QualifyingBests> out = new LinkedHashMap<>();
        Map<Integer, List<ArchiveLap>> byCar = new TreeMap<>();
        s.laps().forEach(l -> byCar.computeIfAbsent(l.carNumber(), k -> new ArrayList<>()).add(l));
        byCar.forEach((n, ls) -> out.put(n, new QualifyingBests(n, min(ls, ArchiveLap::sector1Ms),
                min(ls, ArchiveLap::sector2Ms), min(ls, ArchiveLap::sector3Ms),
                ls.stream().map(ArchiveLap::speedSt).filter(v -> v != null).max(Integer::compare)
                        .map(Integer::doubleValue).orElse(null), min(ls, ArchiveLap::lapTimeMs))));
        return out;
    }

    private static Integer min(List<ArchiveLap> ls, java.util.function.Function<ArchiveLap, Integer> f) {
        return ls.stream().map(f).filter(v -> v != null && v > 0).min(Integer::compare).orElse(null);
    }

    /** Lap-1 times of a grand prix from Jolpica (one request), by driver; empty for sprints (Jolpica has none). */
    static Map<DriverId, Integer> firstLapFromJolpica(IngestRun run, Race race, RaceType type) {
        if (type != RaceType.GRAND_PRIX) {
            return Map.of();
        }
        Map<DriverId, Integer> out = new HashMap<>();
        for (LapTime l : run.sources.jolpica().lap(race.key(), 1, JolpicaData.end(race, SessionType.RACE))) {
            if (l.lap() == 1 && l.lapTimeMs() != null) {
                out.put(l.driver(), l.lapTimeMs());
            }
        }
        return out;
    }
}
