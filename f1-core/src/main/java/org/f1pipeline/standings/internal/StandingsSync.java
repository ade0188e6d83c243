package org.f1pipeline.standings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.Stores;

/**
 * Keeps the stored standings in step with the stored results, inside the caller's transaction: the ingest jobs call
 * {@link #afterResults} right after replacing a race's results, so a job that fails leaves both unchanged and a job
 * run twice writes the same tables. A table after round R depends only on the results of rounds up to R (and the
 * season's rules), so only the tables from the ingested round on are rewritten: usually the one new table.
 * Stateless.
 */
public final class StandingsSync {

    private StandingsSync() {
    }

    /**
     * After {@code race}'s {@code type} results were replaced: stores the rows of drivers' other cars (published but
     * merged away by the one-row-per-driver result store) and recomputes the season's tables from that round on.
     *
     * @param published the classification as the source published it (a driver may have several rows)
     * @param stored    what the result store now holds for the race (one row per driver)
     * @return the number of standings lines written
     */
    public static int afterResults(Stores tx, RaceKey race, RaceType type, List<RaceResult> published,
                                   List<RaceResult> stored) {
        tx.standings().replaceSharedDrives(race, type, otherCars(published, stored));
        return refresh(tx, race.season(), race.round());
    }

    /**
     * Only the first half of {@link #afterResults}: stores the rows of drivers' other cars. The bootstrap writes a
     * whole season this way, then {@link #refresh}es its tables once from the first round it wrote, which gives the
     * same tables as refreshing after every round.
     */
    public static void recordSharedDrives(Stores tx, RaceKey race, RaceType type, List<RaceResult> published,
                                          List<RaceResult> stored) {
        tx.standings().replaceSharedDrives(race, type, otherCars(published, stored));
    }

    /**
     * Recomputes and stores {@code season}'s tables for every round from {@code fromRound} on (1: the whole season),
     * from the stored results.
     *
     * @return the number of standings lines written
     */
    public static int refresh(Stores tx, int season, int fromRound) {
        List<Standing> rows = new ArrayList<>();
        StandingsCalculator calc = new StandingsCalculator(season, TieOrder.lookup(
                id -> tx.catalog().driver(DriverId.of(id)).map(TieOrder::driverName).orElse(null),
                id -> tx.catalog().constructor(ConstructorId.of(id)).map(Constructor::name).orElse(null)));
        for (Round r : rounds(tx, season).values()) {
            calc.addRound(r.round, r.circuit, r.grandPrix, r.sprint, r.otherCars);
            if (r.round >= fromRound) {
                rows.addAll(calc.table(StandingsKind.DRIVERS));
                rows.addAll(calc.table(StandingsKind.CONSTRUCTORS));
            }
        }
        tx.standings().replaceFrom(season, Math.max(fromRound, 1), rows);
        return rows.size();
    }

    /** One round's inputs. */
    private static final class Round {
        final int round;
        CircuitId circuit;
        final List<RaceResult> grandPrix = new ArrayList<>();
        final List<RaceResult> sprint = new ArrayList<>();
        final List<RaceResult> otherCars = new ArrayList<>();

        Round(int round) {
            this.round = round;
        }
    }

    /** The season's rounds that have grand-prix results, in order, with their sprints and other cars. */
    private static Map<Integer, Round> rounds(Stores tx, int season) {
        Map<Integer, CircuitId> circuits = new HashMap<>();
        for (Race race : tx.races().races(season)) {
            circuits.put(race.key().round(), race.circuit());
        }
        TreeMap<Integer, Round> rounds = new TreeMap<>();
        for (RaceResult r : tx.results().raceResults(season, season, RaceType.GRAND_PRIX)) {
            rounds.computeIfAbsent(r.race().round(), Round::new).grandPrix.add(r);
        }
        for (RaceResult r : tx.results().raceResults(season, season, RaceType.SPRINT)) {
            Round round = rounds.get(r.race().round());
            if (round != null) { // a sprint counts with its weekend's grand prix
                round.sprint.add(r);
            }
        }
        for (RaceResult r : tx.standings().sharedDrives(season)) {
            Round round = rounds.get(r.race().round());
            if (round != null && r.type() == RaceType.GRAND_PRIX) {
                round.otherCars.add(r);
            }
        }
        rounds.values().forEach(r -> r.circuit = circuits.get(r.round));
        return rounds;
    }

    /**
     * The published rows that the one-row-per-driver store does not hold: for a driver with several rows, all but the
     * one kept (the same classification order, or failing that the same car and position text).
     */
    public static List<RaceResult> otherCars(List<RaceResult> published, List<RaceResult> stored) {
        Map<DriverId, List<RaceResult>> byDriver = new LinkedHashMap<>();
        published.forEach(r -> byDriver.computeIfAbsent(r.driver(), d -> new ArrayList<>()).add(r));
        Map<DriverId, RaceResult> kept = new HashMap<>();
        stored.forEach(r -> kept.put(r.driver(), r));
        List<RaceResult> out = new ArrayList<>();
        byDriver.forEach((driver, rows) -> {
            if (rows.size() < 2) {
                return;
            }
            RaceResult keep = kept.get(driver);
            boolean skipped = false;
            for (RaceResult r : rows) {
                if (!skipped && keep != null && sameCar(r, keep)) {
                    skipped = true;
                } else if (r.positionOrder() != null) {
                    out.add(r);
                }
            }
        });
        return out;
    }

    private static boolean sameCar(RaceResult a, RaceResult b) {
        if (a.positionOrder() != null && b.positionOrder() != null) {
            return a.positionOrder().equals(b.positionOrder());
        }
        return java.util.Objects.equals(a.carNumber(), b.carNumber()) && a.positionText().equals(b.positionText());
    }
}
