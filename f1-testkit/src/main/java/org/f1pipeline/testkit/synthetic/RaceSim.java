package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Lap-by-lap simulation of a race or sprint. Deterministic for (year, round, session): the season runs it once
 * to classify the race and again on demand to serve laps, and both runs produce the same numbers.
 */
final class RaceSim {
    /** Everything a race produces. */
    record Outcome(List<LapRow> laps, List<StintRow> stints, List<PitStopRow> pitStops, List<ResultRow> results,
                   List<RaceControlMessage> raceControl, List<TrackStatusChange> trackStatus) {
    }

    /** Per-car plan and state. */
    static final class Car {
        final Entry entry;
        final int grid;
        final double pace;
        boolean dns;
        boolean dsq;
        int dnfLap;
        String[] dnfStatus;
        final List<Integer> stopLaps = new ArrayList<>();
        final List<String> compounds = new ArrayList<>();
        int firstStintAge;
        long[] cum;
        int finalLaps;
        final List<LapRow> laps = new ArrayList<>();

        Car(Entry entry, int grid, double pace) {
            this.entry = entry;
            this.grid = grid;
            this.pace = pace;
        }

        boolean retired() {
            return dnfLap > 0 && !dns;
        }
    }

    final SyntheticRound round;
    final SyntheticSession session;
    final boolean sprint;
    final boolean wet;
    final int n;
    final Rng rng;
    final List<Car> cars = new ArrayList<>();
    int scStart;
    int scLen;
    int vscStart;

    private RaceSim(SyntheticRound round, SyntheticSession session, boolean wet) {
        this.round = round;
        this.session = session;
        this.sprint = !session.type().equals(org.f1pipeline.domain.SessionType.RACE);
        this.wet = wet;
        this.n = sprint ? round.sprintLaps() : round.raceLaps();
        this.rng = Rng.of("race", round.year(), round.round(), session.type());
    }

    static Outcome run(SyntheticRound round, SyntheticSession session, List<Entry> gridOrder,
                       ToDoubleFunction<Entry> pace, boolean wet) {
        RaceSim sim = new RaceSim(round, session, wet);
        for (int i = 0; i < gridOrder.size(); i++) {
            sim.cars.add(new Car(gridOrder.get(i), i + 1, pace.applyAsDouble(gridOrder.get(i))));
        }
        sim.plan();
        sim.simulate();
        return RaceReport.build(sim);
    }

    private void plan() {
        int year = round.year();
        if (n >= 12 && rng.chance(sprint ? 0.2 : 0.35)) {
            scStart = rng.between(2, n - 7);
            scLen = rng.between(3, 5);
        }
        if (n >= 12 && rng.chance(0.2)) {
            int v = rng.between(2, n - 4);
            vscStart = scStart > 0 && v >= scStart - 2 && v <= scStart + scLen + 1 ? 0 : v;
        }
        double pDnf = Eras.dnfProbability(year) * (sprint ? 0.4 : 1.0);
        String[][] causes = Eras.retirementStatuses(year);
        for (Car c : cars) {
            c.dns = !sprint && rng.chance(0.008);
            if (rng.chance(pDnf)) {
                c.dnfLap = rng.between(1, n);
                c.dnfStatus = causes[rng.nextInt(causes.length)];
            }
            c.dsq = rng.chance(0.004);
            strategy(c, year);
        }
    }

    private void strategy(Car c, int year) {
        if (wet) {
            c.compounds.add("INTERMEDIATE");
            if (n > 30) {
                c.stopLaps.add(n / 2 + rng.between(-4, 4));
                c.compounds.add("INTERMEDIATE");
            }
        } else if (sprint || year < 1982) {
            c.compounds.add(rng.chance(0.7) ? "MEDIUM" : "SOFT");
        } else if (year < 1994) {
            c.stopLaps.add(n / 2 + rng.between(-4, 4));
            c.compounds.add("SOFT");
            c.compounds.add("SOFT");
        } else if (year < 2010 || rng.chance(0.4)) {
            c.stopLaps.add((int) (n * 0.3) + rng.between(-2, 3));
            c.stopLaps.add((int) (n * 0.65) + rng.between(-2, 3));
            c.compounds.add("SOFT");
            c.compounds.add("MEDIUM");
            c.compounds.add("HARD");
        } else {
            c.stopLaps.add((int) (n * 0.45) + rng.between(-4, 5));
            boolean mediumFirst = rng.chance(0.75);
            c.compounds.add(mediumFirst ? "MEDIUM" : "HARD");
            c.compounds.add(mediumFirst ? "HARD" : "MEDIUM");
        }
        c.firstStintAge = "SOFT".equals(c.compounds.get(0)) && !sprint ? rng.between(2, 4) : 0;
    }

    long laneMs() {
        return 19000 + Rng.of("lane", round.circuit().circuitId()).nextInt(5000);
    }

    private void simulate() {
        long lane = laneMs();
        List<Car> order = new ArrayList<>();
        for (Car c : cars) {
            c.cum = new long[n + 1];
            if (!c.dns) {
                order.add(c);
            }
        }
        for (int lap = 1; lap <= n; lap++) {
            boolean sc = scStart > 0 && lap >= scStart && lap < scStart + scLen;
            boolean vsc = vscStart > 0 && lap >= vscStart && lap < vscStart + 2;
            long aheadCum = -1;
            for (Car c : order) {
                if (c.dnfLap > 0 && lap >= c.dnfLap) {
                    c.cum[lap] = Long.MAX_VALUE;
                    continue;
                }
                int stint = stintAt(c, lap);
                String compound = c.compounds.get(stint);
                int age = ageAt(c, lap, stint);
                double base = c.pace * (wet ? 1.09 : 1.0);
                double t = base + Tyres.offsetMs(compound) + Tyres.degMsPerLap(compound) * age
                        + 40.0 * (n - lap) + rng.gaussian() * 250;
                if (lap == 1) {
                    t += 3500 + c.grid * 170;
                }
                if (sc) {
                    t = base * 1.4 + rng.gaussian() * 300;
                } else if (vsc) {
                    t = base * 1.3 + rng.gaussian() * 200;
                }
                if (c.stopLaps.contains(lap)) {
                    t += lane * 0.4 + stationary(c, lap);
                }
                if (lap > 1 && c.stopLaps.contains(lap - 1)) {
                    t += lane * 0.6;
                }
                long prov = c.cum[lap - 1] + Math.round(t);
                if (aheadCum >= 0) {
                    if (sc) {
                        long target = aheadCum + 800;
                        prov = Math.max(target, prov - (long) ((prov - target) * 0.35));
                    }
                    if (prov >= aheadCum - 700 && prov < aheadCum + 250) {
                        prov = aheadCum + 250 + rng.nextInt(300);
                    }
                }
                c.cum[lap] = prov;
                aheadCum = prov;
            }
            final int l = lap;
            order.removeIf(c -> c.cum[l] == Long.MAX_VALUE);
            order.sort(Comparator.comparingLong(c -> c.cum[l]));
        }
        long finish = order.isEmpty() ? 0 : order.get(0).cum[n];
        for (Car c : cars) {
            if (c.dns) {
                c.finalLaps = 0;
                continue;
            }
            int done = 0;
            for (int lap = 1; lap <= n && c.cum[lap] != Long.MAX_VALUE; lap++) {
                if (c.cum[lap] <= finish) {
                    done = lap;
                }
            }
            int reachable = c.dnfLap > 0 ? c.dnfLap - 1 : n;
            c.finalLaps = Math.min(Math.min(n, done + 1), reachable);
            if (c.dnfLap > 0 && c.dnfLap > Math.min(n, done + 1)) {
                c.dnfLap = 0; // would have retired after taking the flag
                c.finalLaps = Math.min(n, done + 1);
            }
        }
    }

    long stationary(Car c, int lap) {
        Rng r = Rng.of("stop", round.year(), round.round(), session.type(), c.entry.number(), lap);
        return 2000 + r.nextInt(1400) + (r.chance(0.05) ? 3000 + r.nextInt(5000) : 0);
    }

    static int stintAt(Car c, int lap) {
        int s = 0;
        for (int stop : c.stopLaps) {
            if (lap > stop) {
                s++;
            }
        }
        return s;
    }

    int ageAt(Car c, int lap, int stint) {
        int start = stint == 0 ? 1 : c.stopLaps.get(stint - 1) + 1;
        return (stint == 0 ? c.firstStintAge : 0) + (lap - start) + 1;
    }

    boolean scLap(int lap) {
        return scStart > 0 && lap >= scStart && lap < scStart + scLen;
    }

    boolean vscLap(int lap) {
        return vscStart > 0 && lap >= vscStart && lap < vscStart + 2;
    }
}
