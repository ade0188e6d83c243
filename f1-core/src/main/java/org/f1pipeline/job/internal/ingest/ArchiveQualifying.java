package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.source.livetiming.ArchiveLap;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.openf1.MappedDriver;
import org.f1pipeline.source.openf1.QualifyingBests;

/**
 * Qualifying detail from the live-timing archive: each driver's best sectors and top speed trap (the same columns
 * OpenF1 fills), and, for sprint qualifying (which Jolpica does not serve) when OpenF1 cannot give it, the
 * classification from the segment bests: cars that reached a later segment first, then by their best in it (FastF1's
 * rule without Jolpica results).
 */
final class ArchiveQualifying {

    private ArchiveQualifying() {
    }

    /** The archive session, or empty with a note when the archive lacks it or fails. */
    static Optional<LiveTimingSession> session(IngestRun run, Race race, SessionType type) {
        try {
            Optional<LiveTimingSession> s = ArchiveWeekend.of(run, race).session(type);
            if (s.isEmpty()) {
                run.note("the live-timing archive has no " + type.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + " timing for " + race.key());
            }
            return s;
        } catch (OfflineCacheMissException e) {
            throw e; // offline: a missing cache entry fails the job and is named
        } catch (FetchException e) {
            run.note("the live-timing archive failed for " + race.key() + " " + type + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** The rows with the archive's best sectors and top speed added; the rows unchanged when it has nothing. */
    static List<QualifyingResult> withBests(IngestRun run, Race race, List<QualifyingResult> rows, Roster roster) {
        Optional<LiveTimingSession> s = session(run, race, SessionType.QUALIFYING);
        if (s.isEmpty()) {
            return rows;
        }
        Map<Integer, MappedDriver> drivers = ArchiveDetail.drivers(race.key(), roster.mapping(), s.get(), null);
        Map<DriverId, QualifyingBests> byDriver = new HashMap<>();
        ArchiveDetail.bests(s.get()).forEach((n, b) -> {
            MappedDriver d = drivers.get(n);
            if (d != null) {
                byDriver.put(d.driver(), b);
            }
        });
        run.note("qualifying sectors and speed trap from the live-timing archive (" + s.get().session().path() + ")");
        return rows.stream().map(r -> {
            QualifyingBests b = byDriver.get(r.driver());
            return b == null ? r : new QualifyingResult(r.race(), r.driver(), r.constructor(), r.carNumber(),
                    r.position(), r.q1Ms(), r.q2Ms(), r.q3Ms(), b.sector1Ms(), b.sector2Ms(), b.sector3Ms(),
                    b.speedTrapKph());
        }).toList();
    }

    /**
     * Sprint-qualifying classification from the archive, or empty when it has none. Each car's time per segment is
     * its {@code BestLapTimes} value, else (a segment best the feed never sent) its quickest non-deleted lap that
     * started in that segment, FastF1's rule without Jolpica results; cars that reached a later segment rank first,
     * then by their time in it.
     */
    static Optional<List<QualifyingResult>> sprintQualifying(IngestRun run, Race race, Roster roster) {
        Optional<LiveTimingSession> session = session(run, race, SessionType.SPRINT_QUALIFYING);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        LiveTimingSession s = session.get();
        Map<Integer, Integer[]> times = new java.util.TreeMap<>();
        s.segmentBests().forEach((n, b) -> times.put(n, new Integer[] {b.segment(1), b.segment(2), b.segment(3)}));
        for (ArchiveLap l : s.laps()) {
            if (l.segment() == null || l.segment() < 1 || l.segment() > 3 || l.lapTimeMs() == null || l.deleted()) {
                continue;
            }
            Integer[] t = times.computeIfAbsent(l.carNumber(), k -> new Integer[3]);
            int i = l.segment() - 1;
            if (s.segmentBests().get(l.carNumber()) == null
                    || s.segmentBests().get(l.carNumber()).segment(l.segment()) == null) {
                t[i] = t[i] == null ? l.lapTimeMs() : Math.min(t[i], l.lapTimeMs());
            }
        }
        times.values().removeIf(t -> t[0] == null && t[1] == null && t[2] == null);
        if (times.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, MappedDriver> drivers = ArchiveDetail.drivers(race.key(), roster.mapping(), s, null);
        Map<Integer, QualifyingBests> bests = ArchiveDetail.bests(s);
        List<Map.Entry<Integer, Integer[]>> order = new ArrayList<>(times.entrySet());
        order.sort(Comparator.comparingInt((Map.Entry<Integer, Integer[]> e) -> -reached(e.getValue()))
                .thenComparingInt(e -> e.getValue()[reached(e.getValue()) - 1])
                .thenComparingInt(Map.Entry::getKey));
        List<QualifyingResult> rows = new ArrayList<>();
        for (Map.Entry<Integer, Integer[]> e : order) {
            MappedDriver d = drivers.get(e.getKey());
            roster.check(race.key(), "sprint qualifying", d.driver(), d.constructor(), e.getKey());
            QualifyingBests q = bests.get(e.getKey());
            Integer[] t = e.getValue();
            rows.add(new QualifyingResult(race.key(), d.driver(), d.constructor(), e.getKey(), rows.size() + 1,
                    t[0], t[1], t[2], q == null ? null : q.sector1Ms(), q == null ? null : q.sector2Ms(),
                    q == null ? null : q.sector3Ms(), q == null ? null : q.speedTrapKph()));
        }
        run.note("sprint qualifying classified from the live-timing archive's segment times ("
                + s.session().path() + ")");
        return Optional.of(rows);
    }

    private static int reached(Integer[] t) {
        return t[2] != null ? 3 : t[1] != null ? 2 : 1;
    }
}
