package org.f1pipeline.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.InputDigest;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.ResultStore;

/**
 * Qualifying, grand-prix results, and the sprint rows that hold both sprint qualifying and the sprint result of a
 * driver (see {@link SprintRow}). Every table is partitioned by race and keyed by driver.
 */
final class MemoryResults implements ResultStore {

    static final Comparator<QualifyingResult> QUALIFYING_ORDER =
            Comparator.comparingInt(QualifyingResult::position).thenComparing(QualifyingResult::driver);
    /** Classified by position, then unclassified by grid, then driver. */
    static final Comparator<RaceResult> RESULT_ORDER =
            Comparator.comparing(RaceResult::finishPosition, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                    .thenComparingInt(RaceResult::grid).thenComparing(RaceResult::driver);

    static final Slot<RaceKey, DriverId, QualifyingResult> QUALIFYING = byRace("qualifying");
    static final Slot<RaceKey, DriverId, RaceResult> GRAND_PRIX = byRace("grand-prix results");
    static final Slot<RaceKey, DriverId, SprintRow> SPRINT = byRace("sprint rows");

    private final MemoryTransaction tx;

    MemoryResults(MemoryTransaction tx) {
        this.tx = tx;
    }

    private static <V> Slot<RaceKey, DriverId, V> byRace(String name) {
        return Slot.partitioned(name, Comparator.<RaceKey>naturalOrder(), Comparator.<DriverId>naturalOrder());
    }

    @Override
    public void upsertQualifying(Collection<QualifyingResult> rows) {
        List<QualifyingResult> checked = checkQualifying("upsert qualifying", null, rows);
        Table<RaceKey, DriverId, QualifyingResult> table = tx.world().write(QUALIFYING);
        checked.forEach(row -> table.write(row.race()).put(row.driver(), row));
        InputDigest.touchUpserted(tx.inputs(), checked, QualifyingResult::race, q -> InputKind.QUALIFYING);
    }

    @Override
    public void replaceQualifying(RaceKey race, Collection<QualifyingResult> rows) {
        Checks.notNull(race, "race");
        List<QualifyingResult> checked = checkQualifying("replace qualifying", race, rows);
        Map<DriverId, QualifyingResult> fresh = new HashMap<>();
        checked.forEach(row -> fresh.put(row.driver(), row));
        tx.world().write(QUALIFYING).replace(race, fresh);
        tx.inputs().touch(race, InputKind.QUALIFYING, InputDigest.of(checked));
    }

    @Override
    public List<QualifyingResult> qualifying(RaceKey race) {
        Checks.notNull(race, "race");
        return sorted(tx.world().read(QUALIFYING).rows(race).values(), QUALIFYING_ORDER);
    }

    @Override
    public List<QualifyingResult> qualifying(int fromSeason, int toSeason) {
        return collect(Ranges.seasons(tx.world().read(QUALIFYING), fromSeason, toSeason), Function.identity(),
                QUALIFYING_ORDER);
    }

    @Override
    public void upsertSprintQualifying(Collection<QualifyingResult> rows) {
        List<QualifyingResult> checked = checkQualifying("upsert sprint qualifying", null, rows);
        Table<RaceKey, DriverId, SprintRow> table = tx.world().write(SPRINT);
        checked.forEach(row -> table.write(row.race()).merge(row.driver(), SprintRow.EMPTY.withQualifying(row),
                (stored, ignored) -> stored.withQualifying(row)));
        InputDigest.touchUpserted(tx.inputs(), checked, QualifyingResult::race, q -> InputKind.SPRINT_QUALIFYING);
    }

    @Override
    public void replaceSprintQualifying(RaceKey race, Collection<QualifyingResult> rows) {
        Checks.notNull(race, "race");
        List<QualifyingResult> checked = checkQualifying("replace sprint qualifying", race, rows);
        replaceGroup(race, checked, QualifyingResult::driver, sprint -> sprint.withQualifying(null),
                (sprint, row) -> sprint.withQualifying(row));
        tx.inputs().touch(race, InputKind.SPRINT_QUALIFYING, InputDigest.of(checked));
    }

    @Override
    public List<QualifyingResult> sprintQualifying(RaceKey race) {
        Checks.notNull(race, "race");
        return sorted(present(tx.world().read(SPRINT).rows(race).values(), SprintRow::qualifying), QUALIFYING_ORDER);
    }

    @Override
    public List<QualifyingResult> sprintQualifying(int fromSeason, int toSeason) {
        return collect(Ranges.seasons(tx.world().read(SPRINT), fromSeason, toSeason), SprintRow::qualifying,
                QUALIFYING_ORDER);
    }

    @Override
    public void upsertRaceResults(Collection<RaceResult> rows) {
        List<RaceResult> checked = checkResults("upsert race results", null, null, rows);
        World world = tx.world();
        for (RaceResult row : checked) {
            if (row.type() == RaceType.GRAND_PRIX) {
                world.write(GRAND_PRIX).write(row.race()).put(row.driver(), row);
            } else {
                world.write(SPRINT).write(row.race()).merge(row.driver(), SprintRow.EMPTY.withResult(row),
                        (stored, ignored) -> stored.withResult(row));
            }
        }
        InputDigest.touchUpserted(tx.inputs(), checked, RaceResult::race, r -> InputKind.results(r.type()));
    }

    @Override
    public void replaceRaceResults(RaceKey race, RaceType type, Collection<RaceResult> rows) {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        List<RaceResult> checked = checkResults("replace race results", race, type, rows);
        if (type == RaceType.GRAND_PRIX) {
            Map<DriverId, RaceResult> fresh = new HashMap<>();
            checked.forEach(row -> fresh.put(row.driver(), row));
            tx.world().write(GRAND_PRIX).replace(race, fresh);
        } else {
            replaceGroup(race, checked, RaceResult::driver, sprint -> sprint.withResult(null),
                    (sprint, row) -> sprint.withResult(row));
        }
        tx.inputs().touch(race, InputKind.results(type), InputDigest.of(checked));
    }

    @Override
    public List<RaceResult> raceResults(RaceKey race, RaceType type) {
        Checks.notNull(race, "race");
        Checks.notNull(type, "type");
        World world = tx.world();
        return type == RaceType.GRAND_PRIX
                ? sorted(world.read(GRAND_PRIX).rows(race).values(), RESULT_ORDER)
                : sorted(present(world.read(SPRINT).rows(race).values(), SprintRow::result), RESULT_ORDER);
    }

    @Override
    public List<RaceResult> raceResults(int fromSeason, int toSeason, RaceType type) {
        Checks.notNull(type, "type");
        World world = tx.world();
        return type == RaceType.GRAND_PRIX
                ? collect(Ranges.seasons(world.read(GRAND_PRIX), fromSeason, toSeason), Function.identity(),
                        RESULT_ORDER)
                : collect(Ranges.seasons(world.read(SPRINT), fromSeason, toSeason), SprintRow::result, RESULT_ORDER);
    }

    @Override
    public List<RaceResult> raceResultsBefore(LocalDate cutoff, RaceType type) {
        Checks.notNull(cutoff, "cutoff");
        Checks.notNull(type, "type");
        World world = tx.world();
        List<RaceResult> out = new ArrayList<>();
        for (NavigableMap<Integer, Race> season : world.read(MemoryRaces.RACES).partitions().values()) {
            for (Race race : season.values()) {
                if (race.date().isBefore(cutoff)) {
                    out.addAll(raceResults(race.key(), type));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Replaces one column group of the sprint rows of {@code race}, keeping the other group. */
    private <T> void replaceGroup(RaceKey race, List<T> rows, Function<T, DriverId> driverOf,
                                  UnaryOperator<SprintRow> clear, BiFunction<SprintRow, T, SprintRow> set) {
        Table<RaceKey, DriverId, SprintRow> table = tx.world().write(SPRINT);
        NavigableMap<DriverId, SprintRow> partition = table.write(race);
        Set<DriverId> kept = new HashSet<>();
        rows.forEach(row -> kept.add(driverOf.apply(row)));
        for (DriverId driver : List.copyOf(partition.keySet())) {
            if (!kept.contains(driver)) {
                SprintRow cleared = clear.apply(partition.get(driver));
                // A row left with neither group is deleted, as the SQL adapters do.
                if (cleared.isEmpty()) {
                    partition.remove(driver);
                } else {
                    partition.put(driver, cleared);
                }
            }
        }
        rows.forEach(row -> partition.put(driverOf.apply(row),
                set.apply(partition.getOrDefault(driverOf.apply(row), SprintRow.EMPTY), row)));
        table.prune(race);
    }

    private List<QualifyingResult> checkQualifying(String operation, RaceKey race,
                                                   Collection<QualifyingResult> rows) {
        List<QualifyingResult> checked = Refs.rows(rows, operation);
        World world = tx.world();
        if (race != null) {
            checked.forEach(row -> Refs.belongs(operation, "race", race, row.race()));
        }
        for (QualifyingResult row : checked) {
            Refs.race(world, operation, row.race());
            Refs.driver(world, operation, row.driver());
            Refs.constructor(world, operation, row.constructor());
        }
        return checked;
    }

    private List<RaceResult> checkResults(String operation, RaceKey race, RaceType type,
                                          Collection<RaceResult> rows) {
        List<RaceResult> checked = Refs.rows(rows, operation);
        World world = tx.world();
        if (race != null) {
            checked.forEach(row -> Refs.belongs(operation, "race", race, row.race()));
            checked.forEach(row -> Refs.belongs(operation, "type", type, row.type()));
        }
        for (RaceResult row : checked) {
            Refs.race(world, operation, row.race());
            Refs.driver(world, operation, row.driver());
            Refs.constructor(world, operation, row.constructor());
        }
        return checked;
    }

    private static <T> List<T> sorted(Collection<T> rows, Comparator<T> order) {
        return rows.stream().sorted(order).toList();
    }

    private static <V, T> List<T> collect(NavigableMap<RaceKey, NavigableMap<DriverId, V>> races,
                                          Function<V, T> view, Comparator<T> order) {
        List<T> out = new ArrayList<>();
        races.values().forEach(race -> out.addAll(sorted(present(race.values(), view), order)));
        return List.copyOf(out);
    }

    /** The rows' chosen group, skipping rows that lack it (a sprint row may hold only the other group). */
    private static <V, T> List<T> present(Collection<V> rows, Function<V, T> view) {
        return rows.stream().map(view).filter(Objects::nonNull).toList();
    }
}
