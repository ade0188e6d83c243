package org.f1pipeline.model;

import static org.f1pipeline.model.Fx.conditions;
import static org.f1pipeline.model.Fx.gp;
import static org.f1pipeline.model.Fx.key;
import static org.f1pipeline.model.Fx.lap;
import static org.f1pipeline.model.Fx.longRun;
import static org.f1pipeline.model.Fx.out;
import static org.f1pipeline.model.Fx.quali;
import static org.f1pipeline.model.Fx.sprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.WeatherLabel;

/**
 * A small hand-built history: three teams (alpha: ann, bob; beta: cat, dan; gamma: eve, fay), four weekends.
 * <pre>
 * 2023-01 testring (overtake 0.9)  GP: ann P1 (grid 2), cat P2 (1), eve P3 (4), bob P4 (3), dan P5 (6), fay R (5)
 *                                  WET, 0 safety-car laps; laps 1..12 (fay 1..9), lap time = base + slope x tyre
 *                                  life, tyre life = lap + 1
 * 2024-01 r1ring (0.5)             Q: cat 80000, dan 80400, ann 80500, bob 80600, eve 81000, fay 81200
 *                                  GP: cat P1 (1), ann P2 (3), dan P3 (2), eve P4 (5), bob P5 "Lapped" (4), fay R (6)
 * 2024-02 r2ring (0.85), sprint    Q: ann 79000, cat 79300, eve 79500, dan 79600, fay 79900, bob 80000
 *                                  SQ: cat 79100, ann 79200, dan 79400, eve 79500, bob 79700, fay 79800
 *                                  sprint: cat, ann, dan, eve, bob, fay (8..3 points)
 *                                  GP: ann P1 (1), cat P2 (2), eve P3 (3), dan DSQ (4), bob P4 (6), fay P5 (5)
 * 2024-03 testring (target)        Q: cat 78000, ann 78100, eve 78300, dan 78500, bob 78800, fay 79000 (+ sectors)
 *                                  FP2: ann 90000 (M) / 90500 (S), cat 89800, dan 90100, eve 90300, bob 90600
 * </pre>
 */
final class HandBuiltRace {

    static final Circuit TESTRING = Fx.circuit("testring", 0.9);
    static final Circuit R1RING = Fx.circuit("r1ring", 0.5);
    static final Circuit R2RING = Fx.circuit("r2ring", 0.85);
    static final RaceKey K2301 = key(2023, 1);
    static final RaceKey K2401 = key(2024, 1);
    static final RaceKey K2402 = key(2024, 2);
    static final RaceKey K2403 = key(2024, 3);

    /** Lap-time bases and tyre-degradation slopes (ms per lap of tyre life) at testring in 2023. */
    static final Map<String, int[]> BASE_SLOPE = Map.of("ann", new int[] {91000, 50}, "bob", new int[] {91500, 80},
            "cat", new int[] {90800, 40}, "dan", new int[] {91200, 60}, "eve", new int[] {91400, 100},
            "fay", new int[] {92000, 70});

    private HandBuiltRace() {
    }

    static Weekend w2301() {
        RaceKey k = K2301;
        List<LapTime> laps = new ArrayList<>();
        BASE_SLOPE.forEach((driver, bs) -> {
            int last = driver.equals("fay") ? 9 : 12;
            for (int lap = 1; lap <= last; lap++) {
                laps.add(lap(k, driver, lap, bs[0] + bs[1] * (lap + 1), lap + 1));
            }
        });
        return Weekend.builder(Fx.race(2023, 1, "testring", EventFormat.CONVENTIONAL, LocalDate.of(2023, 3, 5)),
                        TESTRING)
                .raceResults(List.of(gp(k, "ann", "alpha", 1, 2, 25), gp(k, "cat", "beta", 2, 1, 18),
                        gp(k, "eve", "gamma", 3, 4, 15), gp(k, "bob", "alpha", 4, 3, 12), gp(k, "dan", "beta", 5, 6, 10),
                        out(k, RaceType.GRAND_PRIX, "fay", "gamma", 5, "R", "Engine")))
                .laps(laps)
                .conditions(conditions(k, WeatherLabel.WET, 0))
                .build();
    }

    static Weekend w2401() {
        RaceKey k = K2401;
        return Weekend.builder(Fx.race(2024, 1, "r1ring", EventFormat.CONVENTIONAL, LocalDate.of(2024, 3, 2)), R1RING)
                .qualifying(List.of(quali(k, "cat", "beta", 1, 80000), quali(k, "dan", "beta", 2, 80400),
                        quali(k, "ann", "alpha", 3, 80500), quali(k, "bob", "alpha", 4, 80600),
                        quali(k, "eve", "gamma", 5, 81000), quali(k, "fay", "gamma", 6, 81200)))
                .raceResults(List.of(gp(k, "cat", "beta", 1, 1, 25), gp(k, "ann", "alpha", 2, 3, 18),
                        gp(k, "dan", "beta", 3, 2, 15), gp(k, "eve", "gamma", 4, 5, 12),
                        Fx.fin(k, RaceType.GRAND_PRIX, "bob", "alpha", 5, 4, 10, "Lapped"),
                        out(k, RaceType.GRAND_PRIX, "fay", "gamma", 6, "R", "Accident")))
                .conditions(conditions(k, WeatherLabel.DRY, 0))
                .build();
    }

    static Weekend w2402() {
        RaceKey k = K2402;
        List<RaceResult> sprintResults = List.of(sprint(k, "cat", "beta", 1, 1, 8), sprint(k, "ann", "alpha", 2, 2, 7),
                sprint(k, "dan", "beta", 3, 3, 6), sprint(k, "eve", "gamma", 4, 4, 5), sprint(k, "bob", "alpha", 5, 5, 4),
                sprint(k, "fay", "gamma", 6, 6, 3));
        return Weekend.builder(Fx.race(2024, 2, "r2ring", EventFormat.SPRINT_QUALIFYING, LocalDate.of(2024, 3, 23)),
                        R2RING)
                .qualifying(List.of(quali(k, "ann", "alpha", 1, 79000), quali(k, "cat", "beta", 2, 79300),
                        quali(k, "eve", "gamma", 3, 79500), quali(k, "dan", "beta", 4, 79600),
                        quali(k, "fay", "gamma", 5, 79900), quali(k, "bob", "alpha", 6, 80000)))
                .sprintQualifying(List.of(quali(k, "cat", "beta", 1, 79100), quali(k, "ann", "alpha", 2, 79200),
                        quali(k, "dan", "beta", 3, 79400), quali(k, "eve", "gamma", 4, 79500),
                        quali(k, "bob", "alpha", 5, 79700), quali(k, "fay", "gamma", 6, 79800)))
                .sprintResults(sprintResults)
                .raceResults(List.of(gp(k, "ann", "alpha", 1, 1, 25), gp(k, "cat", "beta", 2, 2, 18),
                        gp(k, "eve", "gamma", 3, 3, 15), out(k, RaceType.GRAND_PRIX, "dan", "beta", 4, "D", "Disqualified"),
                        gp(k, "bob", "alpha", 4, 6, 12), gp(k, "fay", "gamma", 5, 5, 10)))
                .conditions(conditions(k, WeatherLabel.DRY, 0))
                .build();
    }

    /** The target: qualifying (with sectors; fay has none) and FP2 long runs only (fay has none). */
    static Weekend w2403() {
        RaceKey k = K2403;
        return Weekend.builder(Fx.race(2024, 3, "testring", EventFormat.CONVENTIONAL, LocalDate.of(2024, 4, 7)), TESTRING)
                .qualifying(List.of(quali(k, "cat", "beta", 1, 78000, 25000, 28000, 25000),
                        quali(k, "ann", "alpha", 2, 78100, 25100, 27900, 25100),
                        quali(k, "eve", "gamma", 3, 78300, 25200, 28100, 25000),
                        quali(k, "dan", "beta", 4, 78500, 25300, 28000, 25200),
                        quali(k, "bob", "alpha", 5, 78800, 25400, 28200, 25200),
                        quali(k, "fay", "gamma", 6, 79000, null, null, null)))
                .longRuns(List.of(longRun(k, "ann", "MEDIUM", 90000), longRun(k, "ann", "SOFT", 90500),
                        longRun(k, "cat", "MEDIUM", 89800), longRun(k, "dan", "MEDIUM", 90100),
                        longRun(k, "eve", "HARD", 90300), longRun(k, "bob", "MEDIUM", 90600)))
                .build();
    }

    static List<Weekend> all() {
        return List.of(w2301(), w2401(), w2402(), w2403());
    }

    /** The history as of just before 2024-03. */
    static ModelHistory historyBefore2403() {
        return ModelHistory.before(all(), K2403);
    }
}
