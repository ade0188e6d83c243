package org.f1pipeline.standings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.internal.ChampionshipRules;
import org.f1pipeline.standings.internal.StandingsCalculator;
import org.f1pipeline.standings.internal.StandingsSync;
import org.f1pipeline.standings.internal.TieOrder;
import org.f1pipeline.testkit.history.ErgastHistory;

/**
 * The real record's rounds as the store holds them after ingest: one grand-prix result per driver and race, a
 * driver's shared-drive rows merged as the ingest merges them (best-placed row kept, points by the season's
 * shared-drive rule), the classification order kept.
 */
final class HistoryRounds {

    private static final Comparator<RaceResult> BEST = Comparator
            .comparing((RaceResult r) -> r.finishPosition() == null ? Integer.MAX_VALUE : r.finishPosition())
            .thenComparing(r -> r.laps() == null ? 0 : -r.laps())
            .thenComparingInt(r -> r.grid() == 0 ? Integer.MAX_VALUE : r.grid());

    /** One round: where, the merged results (one row per driver) and the drivers' other cars. */
    record Round(int round, CircuitId circuit, List<RaceResult> results, List<RaceResult> otherCars) {
    }

    private HistoryRounds() {
    }

    static List<Round> season(ErgastHistory h, int year) {
        List<Round> out = new ArrayList<>();
        for (ErgastHistory.Race race : h.races(year)) {
            RaceKey key = RaceKey.of(year, race.round());
            Map<String, List<RaceResult>> byDriver = new LinkedHashMap<>();
            for (ErgastHistory.Result r : h.results(race.id())) {
                RaceResult result = convert(h, key, r);
                byDriver.computeIfAbsent(result.driver().value(), k -> new ArrayList<>()).add(result);
            }
            List<RaceResult> published = new ArrayList<>();
            List<RaceResult> merged = new ArrayList<>();
            byDriver.values().forEach(rows -> {
                published.addAll(rows);
                merged.add(merge(year, rows));
            });
            out.add(new Round(race.round(), CircuitId.of(h.circuit(race.circuitId()).ref()), merged,
                    StandingsSync.otherCars(published, merged)));
        }
        return out;
    }

    private static RaceResult convert(ErgastHistory h, RaceKey key, ErgastHistory.Result r) {
        Integer number = r.number() == null || r.number().isBlank() ? null : Integer.valueOf(r.number());
        return new RaceResult(key, RaceType.GRAND_PRIX, DriverId.of(h.driver(r.driverId()).ref()),
                ConstructorId.of(h.constructor(r.constructorId()).ref()), number, r.position(), r.positionText(),
                r.grid(), r.points(), h.status(r.statusId()), r.milliseconds(), r.laps(),
                r.rank() != null && r.rank() == 1, r.positionOrder());
    }

    private static RaceResult merge(int season, List<RaceResult> rows) {
        if (rows.size() == 1) {
            return rows.get(0);
        }
        RaceResult best = rows.stream().min(BEST).orElseThrow();
        double points = ChampionshipRules.sharedDrivePoints(season, rows, best);
        return new RaceResult(best.race(), best.type(), best.driver(), best.constructor(), best.carNumber(),
                best.finishPosition(), best.positionText(), best.grid(), points, best.status(), best.totalTimeMs(),
                best.laps(), rows.stream().anyMatch(RaceResult::fastestLap), best.positionOrder());
    }

    /** Full ties by the record's names, as the store's catalog has them. */
    static TieOrder ties(ErgastHistory h) {
        Map<String, String> drivers = new java.util.HashMap<>();
        h.drivers().forEach(d -> drivers.put(d.ref(), d.surname() + "\u0000" + d.forename()));
        Map<String, String> constructors = new java.util.HashMap<>();
        h.constructors().forEach(c -> constructors.put(c.ref(), c.name()));
        return TieOrder.keys(drivers, constructors);
    }

    /** Every table of the season: drivers' and constructors' after each round, in round order. */
    static Map<Integer, Map<StandingsKind, List<Standing>>> tables(ErgastHistory h, int year) {
        StandingsCalculator calc = new StandingsCalculator(year, ties(h));
        Map<Integer, Map<StandingsKind, List<Standing>>> out = new LinkedHashMap<>();
        for (Round r : season(h, year)) {
            calc.addRound(r.round(), r.circuit(), r.results(), List.of(), r.otherCars());
            out.put(r.round(), Map.of(StandingsKind.DRIVERS, calc.table(StandingsKind.DRIVERS),
                    StandingsKind.CONSTRUCTORS, calc.table(StandingsKind.CONSTRUCTORS)));
        }
        return out;
    }
}
