package org.f1pipeline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.domain.WeatherLabel;

/**
 * A deterministic synthetic championship for the point-in-time tests and the speed check: teams of two, a
 * mid-season swap between two teams, drivers replaced between seasons, sprint weekends (2021-22 style without SQ in
 * the first season, with SQ later), retirements, Lapped finishers, disqualifications, non-starters, pit-lane starts,
 * laps with sectors and tyre life (from {@code lapsFrom} on), FP2 long runs on some weekends, wet races and
 * safety cars (unknown in the first season).
 */
final class SyntheticSeasons {

    private static final int[] POINTS = {25, 18, 15, 12, 10, 8, 6, 4, 2, 1};
    private static final int CIRCUITS = 7;

    private final Random random;
    private final int teams;
    private final int lapsPerRace;
    private final int lapsFrom;
    private final List<Circuit> circuits = new ArrayList<>();
    private final double[] carPace;
    private final List<String> roster = new ArrayList<>();
    private final Map<String, Double> skill = new java.util.HashMap<>();
    private int nextDriver;

    SyntheticSeasons(long seed, int teams, int lapsPerRace, int lapsFrom) {
        this.random = new Random(seed);
        this.teams = teams;
        this.lapsPerRace = lapsPerRace;
        this.lapsFrom = lapsFrom;
        this.carPace = new double[teams];
        for (int c = 0; c < CIRCUITS; c++) {
            circuits.add(new Circuit(CircuitId.of("c" + c), "Circuit " + c, null, null, null, null,
                    c == 0 ? null : 0.1 + 0.8 * c / CIRCUITS, null));
        }
        for (int i = 0; i < teams * 2; i++) {
            roster.add(newDriver());
        }
    }

    List<Circuit> circuits() {
        return circuits;
    }

    private String newDriver() {
        String id = "drv_" + (nextDriver++);
        skill.put(id, random.nextGaussian() * 150);
        return id;
    }

    /** Seasons {@code first..first+count-1} with {@code rounds} weekends each. */
    List<Weekend> generate(int first, int count, int rounds) {
        List<Weekend> out = new ArrayList<>();
        for (int s = first; s < first + count; s++) {
            if (s > first) {
                roster.set(random.nextInt(roster.size()), newDriver()); // a replacement between seasons
            }
            for (int t = 0; t < teams; t++) {
                carPace[t] = random.nextGaussian() * 400;
            }
            for (int r = 1; r <= rounds; r++) {
                if (r == rounds / 2 + 1) {
                    // mid-season swap between team 0 and team 1
                    String a = roster.get(0);
                    roster.set(0, roster.get(2));
                    roster.set(2, a);
                }
                out.add(weekend(s, r, s == first));
            }
        }
        return out;
    }

    private String team(int slot) {
        return "team_" + (slot / 2);
    }

    private Weekend weekend(int season, int round, boolean firstSeason) {
        RaceKey key = RaceKey.of(season, round);
        Circuit circuit = circuits.get((round * 3 + season) % CIRCUITS);
        EventFormat format = round % 4 != 2 ? EventFormat.CONVENTIONAL
                : firstSeason ? EventFormat.SPRINT : EventFormat.SPRINT_QUALIFYING;
        LocalDate date = LocalDate.of(season, 3, 1).plusDays(7L * round);
        Instant raceStart = date.atTime(14, 0).toInstant(ZoneOffset.UTC);
        Map<SessionType, Instant> sessions = new EnumMap<>(SessionType.class);
        sessions.put(SessionType.RACE, raceStart);
        sessions.put(SessionType.QUALIFYING, raceStart.minusSeconds(format == EventFormat.SPRINT_QUALIFYING ? 79_200 : 86_400 * 2));
        if (format.isSprint()) {
            sessions.put(SessionType.SPRINT, raceStart.minusSeconds(86_400));
        }
        Race race = new Race(key, "GP " + key, circuit.id(), date, format, sessions, RaceStatus.COMPLETED);
        int n = roster.size();
        double[] pace = new double[n];
        for (int i = 0; i < n; i++) {
            pace[i] = carPace[i / 2] + skill.get(roster.get(i)) + random.nextGaussian() * 120;
        }
        Integer[] qOrder = order(pace);
        List<QualifyingResult> quali = qualifying(key, qOrder, pace, season >= lapsFrom);
        Weekend.Builder b = Weekend.builder(race, circuit).qualifying(quali);
        if (format.isSprint()) {
            Integer[] sqOrder = order(noisy(pace));
            if (format.hasSprintQualifying()) {
                b.sprintQualifying(qualifying(key, sqOrder, pace, false));
            }
            b.sprintResults(results(key, RaceType.SPRINT, format.hasSprintQualifying() ? sqOrder : qOrder, pace));
        }
        b.raceResults(results(key, RaceType.GRAND_PRIX, qOrder, pace));
        if (season >= lapsFrom) {
            b.laps(laps(key, pace));
            if (round % 3 != 0) {
                b.longRuns(longRuns(key, pace, round % 3 == 1 ? n : n / 2));
            }
        }
        double w = random.nextDouble();
        WeatherLabel weather = w < 0.7 ? WeatherLabel.DRY : w < 0.85 ? WeatherLabel.MIXED : WeatherLabel.WET;
        b.conditions(new RaceConditions(key, RaceType.GRAND_PRIX, weather, null, null, null, null,
                firstSeason ? null : random.nextInt(3), null));
        return b.build();
    }

    private double[] noisy(double[] pace) {
        double[] out = pace.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += random.nextGaussian() * 100;
        }
        return out;
    }

    /** Indexes sorted by ascending pace value (faster first). */
    private static Integer[] order(double[] pace) {
        Integer[] idx = new Integer[pace.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> pace[i]));
        return idx;
    }

    private List<QualifyingResult> qualifying(RaceKey key, Integer[] order, double[] pace, boolean sectors) {
        List<QualifyingResult> out = new ArrayList<>();
        for (int p = 0; p < order.length; p++) {
            int i = order[p];
            int best = (int) Math.round(80_000 + pace[i] + 1000);
            boolean untimed = random.nextInt(40) == 0;
            Integer s1 = sectors ? best / 3 + random.nextInt(50) : null;
            Integer s2 = sectors ? best / 3 + random.nextInt(50) : null;
            Integer s3 = sectors && random.nextInt(10) > 0 ? best / 3 + random.nextInt(50) : null;
            out.add(new QualifyingResult(key, DriverId.of(roster.get(i)), ConstructorId.of(team(i)), null, p + 1,
                    untimed ? null : best + 300, untimed || p >= 15 ? null : best + 100, untimed || p >= 10 ? null : best,
                    s1, s2, s3, null));
        }
        return out;
    }

    private List<RaceResult> results(RaceKey key, RaceType type, Integer[] gridOrder, double[] pace) {
        int n = gridOrder.length;
        int[] grid = new int[n];
        for (int p = 0; p < n; p++) {
            grid[gridOrder[p]] = p + 1;
        }
        if (random.nextInt(5) == 0) {
            grid[gridOrder[n - 1]] = 0; // pit-lane start
        }
        Integer[] finish = order(noisy(noisy(pace)));
        List<RaceResult> out = new ArrayList<>();
        int classified = 0;
        for (int f = 0; f < n; f++) {
            int i = finish[f];
            DriverId d = DriverId.of(roster.get(i));
            ConstructorId t = ConstructorId.of(team(i));
            int roll = random.nextInt(30);
            if (roll < 3) {
                out.add(new RaceResult(key, type, d, t, null, null, "R", grid[i], 0, "Retired", null, null, false));
            } else if (roll == 3) {
                out.add(new RaceResult(key, type, d, t, null, null, "D", grid[i], 0, "Disqualified", null, null, false));
            } else if (roll == 4) {
                out.add(new RaceResult(key, type, d, t, null, null, "W", grid[i], 0, "Did not start", null, null, false));
            } else {
                classified++;
                double pts = type == RaceType.SPRINT ? Math.max(0, 9 - classified) : classified <= 10 ? POINTS[classified - 1] : 0;
                String status = classified > n - 4 ? (random.nextBoolean() ? "Lapped" : "+1 Lap") : "Finished";
                out.add(new RaceResult(key, type, d, t, null, classified, String.valueOf(classified), grid[i], pts,
                        status, null, null, false));
            }
        }
        return out;
    }

    private List<LapTime> laps(RaceKey key, double[] pace) {
        List<LapTime> out = new ArrayList<>(pace.length * lapsPerRace);
        for (int i = 0; i < pace.length; i++) {
            DriverId d = DriverId.of(roster.get(i));
            double deg = 30 + random.nextInt(80);
            for (int lap = 1; lap <= lapsPerRace; lap++) {
                int stint = lap <= lapsPerRace / 2 ? 1 : 2;
                int life = stint == 1 ? lap + 1 : lap - lapsPerRace / 2;
                int ms = (int) Math.round(90_000 + pace[i] + deg * life + random.nextGaussian() * 150);
                boolean pitIn = lap == lapsPerRace / 2;
                out.add(new LapTime(key, RaceType.GRAND_PRIX, d, lap, ms, ms / 3, ms / 3, ms - 2 * (ms / 3),
                        300.0 + random.nextInt(200) / 10.0, stint == 1 ? "MEDIUM" : "HARD", life, null, pitIn,
                        lap == lapsPerRace / 2 + 1, stint, null, null));
            }
        }
        return out;
    }

    private List<LongRun> longRuns(RaceKey key, double[] pace, int drivers) {
        List<LongRun> out = new ArrayList<>();
        for (int i = 0; i < drivers; i++) {
            out.add(new LongRun(key, DriverId.of(roster.get(i)), "MEDIUM",
                    (int) Math.round(91_000 + pace[i] + random.nextGaussian() * 80), 6, null));
        }
        return out;
    }

    /**
     * The weekend with different outcomes (results, sprint results, laps, conditions) but the same pre-session data
     * (qualifying, sprint qualifying, long runs), as if the race had gone another way.
     */
    static Weekend withOtherOutcome(Weekend w, long seed) {
        Random r = new Random(seed);
        List<RaceResult> reversed = new ArrayList<>(w.raceResults());
        java.util.Collections.reverse(reversed);
        List<RaceResult> gpOut = new ArrayList<>();
        int pos = 0;
        for (RaceResult x : reversed) {
            if (r.nextInt(4) == 0) {
                gpOut.add(new RaceResult(x.race(), x.type(), x.driver(), x.constructor(), null, null, "R", x.grid(), 0,
                        "Engine", null, null, false));
            } else {
                pos++;
                gpOut.add(new RaceResult(x.race(), x.type(), x.driver(), x.constructor(), null, pos,
                        String.valueOf(pos), x.grid(), Math.max(0, 30 - pos), "Finished", null, null, false));
            }
        }
        List<LapTime> laps = new ArrayList<>();
        for (LapTime l : w.laps()) {
            laps.add(new LapTime(l.race(), l.type(), l.driver(), l.lap(), l.lapTimeMs() + r.nextInt(3000), l.sector1Ms(),
                    l.sector2Ms(), l.sector3Ms(), 340.0, l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                    l.stint(), l.trackStatus(), l.position()));
        }
        List<RaceResult> sprint = new ArrayList<>();
        for (RaceResult x : w.sprintResults()) {
            sprint.add(new RaceResult(x.race(), x.type(), x.driver(), x.constructor(), null, null, "R", x.grid(), 0,
                    "Retired", null, null, false));
        }
        return Weekend.builder(w.race(), w.circuit()).qualifying(w.qualifying()).sprintQualifying(w.sprintQualifying())
                .longRuns(w.longRuns()).raceResults(gpOut).sprintResults(sprint).laps(laps)
                .conditions(new RaceConditions(w.key(), RaceType.GRAND_PRIX, WeatherLabel.WET, 1.0, null, null, null, 9, 2))
                .build();
    }
}
