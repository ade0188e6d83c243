package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Classification of a simulated race with era-correct statuses, times and points. */
final class RaceClassifier {
    private RaceClassifier() {
    }

    static List<ResultRow> classify(RaceSim sim, List<LapRow> laps) {
        int year = sim.round.year();
        int n = sim.n;
        Map<Integer, LapRow> fastest = new HashMap<>();
        for (LapRow l : laps) {
            LapRow best = fastest.get(l.number());
            if (best == null || l.lapMs() < best.lapMs()) {
                fastest.put(l.number(), l);
            }
        }
        List<LapRow> ranking = new ArrayList<>(fastest.values());
        ranking.sort(Comparator.comparingLong(LapRow::lapMs).thenComparingInt(LapRow::lap));
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            rank.put(ranking.get(i).number(), i + 1);
        }
        List<RaceSim.Car> finishers = new ArrayList<>();
        List<RaceSim.Car> retired = new ArrayList<>();
        List<RaceSim.Car> dsq = new ArrayList<>();
        List<RaceSim.Car> dns = new ArrayList<>();
        for (RaceSim.Car c : sim.cars) {
            if (c.dns) {
                dns.add(c);
            } else if (c.retired()) {
                retired.add(c);
            } else if (c.dsq) {
                dsq.add(c);
            } else {
                finishers.add(c);
            }
        }
        finishers.sort(Comparator.comparingInt((RaceSim.Car c) -> -c.finalLaps).thenComparingLong(c -> c.cum[c.finalLaps]));
        retired.sort(Comparator.comparingInt((RaceSim.Car c) -> -c.finalLaps).thenComparingInt(c -> c.grid));
        List<Integer> table = sim.sprint ? Eras.sprintPoints(year) : Eras.racePoints(year);
        boolean flPoint = !sim.sprint && Eras.fastestLapPoint(year);
        long winnerMs = finishers.isEmpty() ? 0 : finishers.get(0).cum[n];
        boolean fastestLapData = year >= 2004;
        List<ResultRow> rows = new ArrayList<>();
        int pos = 0;
        for (RaceSim.Car c : finishers) {
            pos++;
            int behind = n - c.finalLaps;
            int points = pos <= table.size() ? table.get(pos - 1) : 0;
            if (flPoint && Integer.valueOf(1).equals(rank.get(c.entry.number())) && (year < 1960 || pos <= 10)) {
                points++;
            }
            String status;
            int statusId;
            Long millis = null;
            String time = null;
            long total = c.cum[c.finalLaps];
            if (behind == 0) {
                status = "Finished";
                statusId = 1;
                millis = total;
                time = pos == 1 ? TimeFormats.raceTime(total) : "+" + TimeFormats.lapTime(total - winnerMs);
            } else if (Eras.lappedAsLappedStatus(year)) {
                // Jolpica quirk (2023+): lapped cars keep a Time whose gap is meaningless or empty.
                status = "Lapped";
                statusId = 143;
                millis = total;
                time = total > winnerMs ? "+" + TimeFormats.lapTime(total - winnerMs) : "";
            } else {
                status = "+" + behind + (behind == 1 ? " Lap" : " Laps");
                statusId = 10 + Math.min(behind, 9);
            }
            rows.add(row(c, pos, String.valueOf(pos), points, status, statusId, millis, time, fastest, rank,
                    fastestLapData, behind));
        }
        for (RaceSim.Car c : retired) {
            pos++;
            rows.add(row(c, pos, "R", 0, c.dnfStatus[0], Integer.parseInt(c.dnfStatus[1]), null, null, fastest,
                    rank, fastestLapData, 0));
        }
        for (RaceSim.Car c : dsq) {
            pos++;
            rows.add(row(c, pos, "D", 0, "Disqualified", 2, null, null, fastest, rank, fastestLapData, 0));
        }
        for (RaceSim.Car c : dns) {
            pos++;
            rows.add(row(c, pos, "W", 0, "Did not start", 142, null, null, fastest, rank, fastestLapData, 0));
        }
        return List.copyOf(rows);
    }

    private static ResultRow row(RaceSim.Car c, int pos, String text, int points, String status, int statusId,
                                 Long millis, String time, Map<Integer, LapRow> fastest, Map<Integer, Integer> rank,
                                 boolean fastestLapData, int behind) {
        LapRow fl = fastestLapData ? fastest.get(c.entry.number()) : null;
        return new ResultRow(c.entry, pos, text, points, c.grid, c.finalLaps, status, statusId, millis, time,
                fl == null ? null : fl.lap(), fl == null ? null : fl.lapMs(),
                fl == null ? null : rank.get(c.entry.number()), behind);
    }
}
