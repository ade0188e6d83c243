package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.f1pipeline.domain.SessionType;

/**
 * Practice and qualifying: every car does runs (out-lap, flying laps, in-lap) inside each segment; knock-out
 * qualifying eliminates the slowest cars after Q1 and Q2. FP2 includes a long run on race fuel, the input of the
 * seed model's long-run pace feature.
 */
final class TimedSim {
    record Outcome(List<LapRow> laps, List<StintRow> stints, List<QualifyingRow> classification,
                   List<RaceControlMessage> raceControl) {
    }

    private TimedSim() {
    }

    static Outcome run(SyntheticRound round, SyntheticSession session, List<Entry> entries,
                       ToDoubleFunction<Entry> pace, boolean wet) {
        int year = round.year();
        SessionType type = session.type();
        boolean quali = type == SessionType.QUALIFYING || type == SessionType.SPRINT_QUALIFYING;
        long[][] windows = QualifyingSegments.windows(year, type);
        Rng rng = Rng.of("timed", year, round.round(), type);
        Rng detail = Rng.of("timed-laps", year, round.round(), type);
        List<LapRow> laps = new ArrayList<>();
        List<StintRow> stints = new ArrayList<>();
        Map<Integer, Long[]> best = new HashMap<>();
        Map<Integer, Integer> lapNo = new HashMap<>();
        Map<Integer, Integer> stintNo = new HashMap<>();
        Set<Integer> noTimeInQ3 = new HashSet<>();
        List<Entry> running = new ArrayList<>(entries);
        for (int seg = 0; seg < windows.length; seg++) {
            long segStart = windows[seg][0];
            long segLen = windows[seg][1] - segStart;
            if (quali && seg == 2 && rng.chance(0.1)) {
                noTimeInQ3.add(running.get(rng.nextInt(running.size())).number());
            }
            for (Entry e : running) {
                int runs = quali ? 2 : 5;
                double p = pace.applyAsDouble(e) * (wet ? 1.09 : 1.0);
                for (int r = 0; r < runs; r++) {
                    boolean longRun = type == SessionType.FP2 && r == 3 && !wet;
                    long t = segStart + segLen * r / runs + rng.nextInt((int) Math.max(1, segLen / runs / 2));
                    String compound = wet ? "INTERMEDIATE"
                            : quali ? "SOFT" : longRun ? "MEDIUM" : new String[] {"HARD", "MEDIUM", "SOFT"}[r % 3];
                    int flying = quali ? 1 : longRun ? rng.between(10, 14) : rng.between(2, 4);
                    if (noTimeInQ3.contains(e.number()) && seg == 2) {
                        flying = 0;
                    }
                    int stint = stintNo.merge(e.number(), 1, Integer::sum);
                    int first = lapNo.getOrDefault(e.number(), 0) + 1;
                    int age = 0;
                    for (int k = 0; k < flying + 2; k++) {
                        boolean out = k == 0;
                        boolean in = k == flying + 1;
                        double lap;
                        if (out) {
                            lap = p * 1.35;
                        } else if (in) {
                            lap = p * 1.3;
                        } else if (quali) {
                            lap = p - 3200 - 150 * seg + rng.gaussian() * 120 + Tyres.offsetMs(compound);
                        } else if (longRun) {
                            lap = p + 600 + Tyres.degMsPerLap(compound) * age + rng.gaussian() * 180;
                        } else {
                            lap = p - 2500 + Tyres.offsetMs(compound) + rng.gaussian() * 200;
                        }
                        if (!in && !out && t > windows[seg][1]) {
                            break; // chequered flag: no more flying laps
                        }
                        long ms = Math.round(lap);
                        age++;
                        int no = lapNo.merge(e.number(), 1, Integer::sum);
                        long[] sec = Tyres.sectors(round.circuit(), ms, detail);
                        int[] sp = Tyres.speeds(round.circuit(), detail, out || in);
                        laps.add(new LapRow(e.number(), e.driverId(), no, 0, t, ms, sec[0], sec[1], sec[2], compound,
                                age, stint, out, in, sp[0], sp[1], sp[2], "1", quali ? seg + 1 : 0));
                        if (!out && !in) {
                            Long[] b = best.computeIfAbsent(e.number(), x -> new Long[3]);
                            if (b[seg] == null || ms < b[seg]) {
                                b[seg] = ms;
                            }
                        }
                        t += ms;
                    }
                    int last = lapNo.getOrDefault(e.number(), 0);
                    if (last >= first) {
                        stints.add(new StintRow(e.number(), stint, first, last, compound, 0));
                    }
                }
            }
            if (quali && seg + 1 < windows.length) {
                int keep = QualifyingSegments.carsIn(seg + 2, entries.size());
                final int s = seg;
                running.sort(Comparator.comparingLong(e -> segBest(best, e, s)));
                running = new ArrayList<>(running.subList(0, Math.min(keep, running.size())));
            }
        }
        laps.sort(Comparator.comparingLong(LapRow::startMs).thenComparingInt(LapRow::number));
        List<QualifyingRow> classification = classify(entries, best, windows.length, noTimeInQ3);
        List<RaceControlMessage> rc = new ArrayList<>();
        for (int seg = 0; seg < windows.length; seg++) {
            rc.add(new RaceControlMessage(windows[seg][0], null, "Flag", "GREEN", "Track", null, null, null, null,
                    "GREEN LIGHT - PIT EXIT OPEN"));
            rc.add(new RaceControlMessage(windows[seg][1], null, "Flag", "CHEQUERED", "Track", null, null, null,
                    null, "CHEQUERED FLAG"));
        }
        return new Outcome(List.copyOf(laps), List.copyOf(stints), classification, List.copyOf(rc));
    }

    private static long segBest(Map<Integer, Long[]> best, Entry e, int seg) {
        Long[] b = best.get(e.number());
        return b == null || b[seg] == null ? Long.MAX_VALUE : b[seg];
    }

    /** Ordered by the deepest segment reached, then by the time set in it. */
    private static List<QualifyingRow> classify(List<Entry> entries, Map<Integer, Long[]> best, int segments,
                                                Set<Integer> noTimeInQ3) {
        List<Entry> order = new ArrayList<>(entries);
        Map<Integer, Integer> reached = new HashMap<>();
        for (Entry e : entries) {
            Long[] b = best.getOrDefault(e.number(), new Long[3]);
            int r = 1;
            for (int s = 1; s < segments; s++) {
                if (b[s] != null || (s == 2 && noTimeInQ3.contains(e.number()))) {
                    r = s + 1;
                }
            }
            reached.put(e.number(), r);
        }
        order.sort(Comparator.comparingInt((Entry e) -> -reached.get(e.number()))
                .thenComparingLong(e -> segBest(best, e, reached.get(e.number()) - 1)));
        List<QualifyingRow> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Entry e = order.get(i);
            Long[] b = best.getOrDefault(e.number(), new Long[3]);
            int r = reached.get(e.number());
            Long q1 = b[0] == null ? QualifyingRow.NO_TIME : b[0];
            Long q2 = r >= 2 ? (b[1] == null ? QualifyingRow.NO_TIME : b[1]) : null;
            Long q3 = r >= 3 ? (b[2] == null ? QualifyingRow.NO_TIME : b[2]) : null;
            rows.add(new QualifyingRow(e, i + 1, q1, segments > 1 ? q2 : null, segments > 2 ? q3 : null));
        }
        return List.copyOf(rows);
    }
}
