package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a finished {@link RaceSim} into laps, stints, pit stops, classification and race-control events. */
final class RaceReport {
    private RaceReport() {
    }

    static RaceSim.Outcome build(RaceSim sim) {
        Rng rng = Rng.of("laps", sim.round.year(), sim.round.round(), sim.session.type());
        List<LapRow> laps = new ArrayList<>();
        List<StintRow> stints = new ArrayList<>();
        List<PitStopRow> stops = new ArrayList<>();
        long lane = sim.laneMs();
        for (int lap = 1; lap <= sim.n; lap++) {
            final int l = lap;
            List<RaceSim.Car> done = new ArrayList<>(sim.cars.stream().filter(c -> c.finalLaps >= l).toList());
            done.sort(Comparator.comparingLong(c -> c.cum[l]));
            for (int p = 0; p < done.size(); p++) {
                RaceSim.Car c = done.get(p);
                int stint = RaceSim.stintAt(c, lap);
                long lapMs = c.cum[lap] - c.cum[lap - 1];
                long[] sec = Tyres.sectors(sim.round.circuit(), lapMs, rng);
                boolean slow = sim.scLap(lap) || sim.vscLap(lap);
                int[] sp = Tyres.speeds(sim.round.circuit(), rng, slow);
                laps.add(new LapRow(c.entry.number(), c.entry.driverId(), lap, p + 1, c.cum[lap - 1], lapMs,
                        sec[0], sec[1], sec[2], c.compounds.get(stint), sim.ageAt(c, lap, stint), stint + 1,
                        lap > 1 && c.stopLaps.contains(lap - 1), c.stopLaps.contains(lap) && lap < c.finalLaps,
                        sp[0], sp[1], sp[2], trackStatus(sim, lap), 0));
            }
        }
        for (RaceSim.Car c : sim.cars) {
            if (c.finalLaps == 0) {
                continue;
            }
            int start = 1;
            int stopNo = 0;
            for (int s = 0; s < c.compounds.size() && start <= c.finalLaps; s++) {
                int end = s < c.stopLaps.size() ? Math.min(c.stopLaps.get(s), c.finalLaps) : c.finalLaps;
                stints.add(new StintRow(c.entry.number(), s + 1, start, end, c.compounds.get(s),
                        s == 0 ? c.firstStintAge : 0));
                if (s < c.stopLaps.size() && c.stopLaps.get(s) < c.finalLaps) {
                    int inLap = c.stopLaps.get(s);
                    long stat = sim.stationary(c, inLap);
                    long at = c.cum[inLap] - Math.round(lane * 0.4) - stat;
                    stops.add(new PitStopRow(c.entry.number(), c.entry.driverId(), inLap, ++stopNo, at,
                            lane + stat + rng.between(-400, 400), stat));
                }
                start = end + 1;
            }
        }
        stops.sort(Comparator.comparingLong(PitStopRow::atMs));
        List<ResultRow> results = RaceClassifier.classify(sim, laps);
        List<RaceControlMessage> rc = new ArrayList<>();
        List<TrackStatusChange> ts = new ArrayList<>();
        events(sim, laps, rc, ts);
        return new RaceSim.Outcome(List.copyOf(laps), List.copyOf(stints), List.copyOf(stops), results,
                List.copyOf(rc), List.copyOf(ts));
    }

    private static String trackStatus(RaceSim sim, int lap) {
        if (sim.scLap(lap)) {
            return lap == sim.scStart + sim.scLen - 1 ? "41" : "4";
        }
        if (sim.vscLap(lap)) {
            return lap == sim.vscStart + 1 ? "671" : "6";
        }
        for (RaceSim.Car c : sim.cars) {
            if (c.retired() && c.dnfLap == lap) {
                return "12";
            }
        }
        return "1";
    }

    private static void events(RaceSim sim, List<LapRow> laps, List<RaceControlMessage> rc,
                               List<TrackStatusChange> ts) {
        Map<Integer, Long> leaderStart = new HashMap<>();
        Map<Integer, Long> leaderEnd = new HashMap<>();
        for (LapRow l : laps) {
            if (l.position() == 1) {
                leaderStart.put(l.lap(), l.startMs());
                leaderEnd.put(l.lap(), l.endMs());
            }
        }
        ts.add(new TrackStatusChange(0, "1", "AllClear"));
        rc.add(new RaceControlMessage(-900_000, 1, "Flag", "GREEN", "Track", null, null, null, null,
                "GREEN LIGHT - PIT EXIT OPEN"));
        if (sim.round.year() >= 2011 && sim.round.year() < 2026 && !sim.wet) {
            rc.add(new RaceControlMessage(leaderStart.getOrDefault(3, 0L), 3, "Drs", null, null, null, null,
                    "ENABLED", null, "DRS ENABLED"));
        }
        for (RaceSim.Car c : sim.cars) {
            if (c.retired() && leaderStart.containsKey(c.dnfLap)) {
                long at = c.cum[c.dnfLap - 1] + 30_000;
                int sector = 1 + Rng.of("sector", c.entry.number(), c.dnfLap).nextInt(18);
                rc.add(new RaceControlMessage(at, c.dnfLap, "Flag", "DOUBLE YELLOW", "Sector", sector, null, null,
                        null, "DOUBLE YELLOW IN TRACK SECTOR " + sector));
                rc.add(new RaceControlMessage(at + 45_000, c.dnfLap, "Flag", "CLEAR", "Sector", sector, null, null,
                        null, "CLEAR IN TRACK SECTOR " + sector));
                if (!sim.scLap(c.dnfLap)) {
                    ts.add(new TrackStatusChange(at, "2", "Yellow"));
                    ts.add(new TrackStatusChange(at + 45_000, "1", "AllClear"));
                }
            }
        }
        if (sim.scStart > 0 && leaderStart.containsKey(sim.scStart)) {
            long on = leaderStart.get(sim.scStart);
            int last = sim.scStart + sim.scLen - 1;
            long off = leaderEnd.getOrDefault(last, on + 300_000);
            rc.add(new RaceControlMessage(on, sim.scStart, "SafetyCar", null, null, null, null, "DEPLOYED",
                    "SAFETY CAR", "SAFETY CAR DEPLOYED"));
            rc.add(new RaceControlMessage(leaderStart.getOrDefault(last, on), last, "SafetyCar", null, null, null,
                    null, "IN THIS LAP", "SAFETY CAR", "SAFETY CAR IN THIS LAP"));
            rc.add(new RaceControlMessage(off, last + 1, "Flag", "CLEAR", "Track", null, null, null, null,
                    "TRACK CLEAR"));
            ts.removeIf(t -> t.atMs() > on && t.atMs() < off);
            ts.add(new TrackStatusChange(on, "4", "SCDeployed"));
            ts.add(new TrackStatusChange(off, "1", "AllClear"));
        }
        if (sim.vscStart > 0 && leaderStart.containsKey(sim.vscStart)) {
            long on = leaderStart.get(sim.vscStart);
            long ending = leaderEnd.getOrDefault(sim.vscStart, on + 90_000);
            long off = leaderEnd.getOrDefault(sim.vscStart + 1, ending + 20_000);
            rc.add(new RaceControlMessage(on, sim.vscStart, "SafetyCar", null, null, null, null, "DEPLOYED",
                    "VIRTUAL SAFETY CAR", "VIRTUAL SAFETY CAR DEPLOYED"));
            rc.add(new RaceControlMessage(ending, sim.vscStart + 1, "SafetyCar", null, null, null, null, "ENDING",
                    "VIRTUAL SAFETY CAR", "VIRTUAL SAFETY CAR ENDING"));
            ts.removeIf(t -> t.atMs() > on && t.atMs() < off);
            ts.add(new TrackStatusChange(on, "6", "VSCDeployed"));
            ts.add(new TrackStatusChange(ending, "7", "VSCEnding"));
            ts.add(new TrackStatusChange(off, "1", "AllClear"));
        }
        RaceSim.Car leader = sim.cars.stream().filter(c -> c.finalLaps == sim.n).findFirst().orElse(null);
        if (leader != null) {
            long flag = sim.cars.stream().filter(c -> c.finalLaps == sim.n)
                    .mapToLong(c -> c.cum[sim.n]).min().orElse(0);
            rc.add(new RaceControlMessage(flag, sim.n, "Flag", "CHEQUERED", "Track", null, null, null, null,
                    "CHEQUERED FLAG"));
        }
        rc.sort(Comparator.comparingLong(RaceControlMessage::atMs));
        ts.sort(Comparator.comparingLong(TrackStatusChange::atMs));
    }
}
