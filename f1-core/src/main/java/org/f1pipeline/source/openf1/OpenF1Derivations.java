package org.f1pipeline.source.openf1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.WeatherLabel;
import org.f1pipeline.source.openf1.internal.LapTimeBuilder;
import org.f1pipeline.source.openf1.internal.SafetyCarCounter;
import org.f1pipeline.source.openf1.internal.Units;

/**
 * What the ingest jobs compute from one session's OpenF1 rows (seed-engine.md §5.3-5.9). Pure functions: no I/O,
 * no clock, inputs never modified; pass the rows of one session (e.g. {@code data.session(key).laps()}).
 */
public final class OpenF1Derivations {

    private OpenF1Derivations() {
    }

    /**
     * One driver's laps as {@link LapTime} rows: times and sectors in ms, speed trap = {@code st_speed}, compound,
     * stint number and tyre life from the stint covering the lap (life = age at stint start + laps driven on the set,
     * this lap included), {@code freshTyre} = the stint began on a new set, {@code pitOut} = {@code is_pit_out_lap},
     * {@code pitIn} = a pit row names this lap, or the next lap is a pit-out lap. Null timings stay null.
     *
     * @param race         the race
     * @param type         grand prix or sprint
     * @param driverNumber the car whose rows to use (rows of other cars are ignored)
     * @param driver       the id to write
     * @param laps         lap rows
     * @param stints       stint rows
     * @param pits         pit rows (may be empty)
     * @return one row per lap, by lap number
     */
    public static List<LapTime> lapTimes(RaceKey race, RaceType type, int driverNumber, DriverId driver,
                                         List<OpenF1Lap> laps, List<OpenF1Stint> stints, List<OpenF1Pit> pits) {
        return LapTimeBuilder.build(race, type, driverNumber, driver, laps, stints, pits);
    }

    /**
     * Every driver's laps, as {@link #lapTimes(RaceKey, RaceType, int, DriverId, List, List, List)} does for one.
     *
     * @param drivers the stable id per car number; may throw (e.g. {@link UnknownDriverException}), or return null
     *                to leave a car out on purpose
     * @return rows by car number, then lap
     */
    public static List<LapTime> lapTimes(RaceKey race, RaceType type, List<OpenF1Lap> laps, List<OpenF1Stint> stints,
                                         List<OpenF1Pit> pits, IntFunction<DriverId> drivers) {
        List<LapTime> out = new ArrayList<>();
        for (int number : new TreeSet<>(laps.stream().map(OpenF1Lap::driverNumber).toList())) {
            DriverId id = drivers.apply(number);
            if (id != null) {
                out.addAll(LapTimeBuilder.build(race, type, number, id, laps, stints, pits));
            }
        }
        return out;
    }

    /**
     * Best sectors, top speed and best lap per car over every lap of the session (seed §5.3: each sector's minimum
     * taken separately, speed-trap maximum rounded to 0.1).
     *
     * @param laps the session's lap rows
     * @return bests by car number, ascending
     */
    public static Map<Integer, QualifyingBests> qualifyingBests(List<OpenF1Lap> laps) {
        Map<Integer, List<OpenF1Lap>> byDriver = new TreeMap<>();
        laps.forEach(l -> byDriver.computeIfAbsent(l.driverNumber(), k -> new ArrayList<>()).add(l));
        Map<Integer, QualifyingBests> out = new LinkedHashMap<>();
        byDriver.forEach((n, ls) -> out.put(n, new QualifyingBests(n, min(ls, OpenF1Lap::sector1),
                min(ls, OpenF1Lap::sector2), min(ls, OpenF1Lap::sector3), topSpeed(ls), min(ls, OpenF1Lap::lapDuration))));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The session's fastest lap: the smallest positive {@code lap_duration} over every lap (seed §5.5). Ties go to
     * the lap set first.
     *
     * @param laps the session's lap rows
     * @return the lap, or empty when no lap has a time
     */
    public static Optional<OpenF1Lap> fastestLap(List<OpenF1Lap> laps) {
        return laps.stream().filter(l -> Units.millis(l.lapDuration()) != null)
                .min(Comparator.comparing((OpenF1Lap l) -> Units.millis(l.lapDuration()))
                        .thenComparing(OpenF1Lap::dateStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(OpenF1Lap::lapNumber).thenComparingInt(OpenF1Lap::driverNumber));
    }

    /**
     * Laps under the Safety Car and the Virtual Safety Car, rebuilt from race-control messages: a period runs from
     * its {@code ... DEPLOYED} message to {@code SAFETY CAR IN THIS LAP} / {@code VIRTUAL SAFETY CAR ENDING}
     * (inclusive), or to a red or chequered flag; counts are distinct leader laps. See docs/sources.md.
     *
     * @param raceControl the race session's race-control rows
     * @return the lap sets
     */
    public static SafetyCarLaps safetyCarLaps(List<OpenF1RaceControl> raceControl) {
        return SafetyCarCounter.count(raceControl);
    }

    /**
     * Conditions of a race from its weather samples and race-control messages: rainfall share = share of samples
     * with rainfall; label by the seed's thresholds (above 0.5 wet, above 0.1 mixed); mean air and track
     * temperature and humidity rounded to 0.1; SC/VSC lap counts from {@link #safetyCarLaps}. Unknown stays null:
     * no weather samples give null weather measures (not "dry"), and no race-control rows (null or empty list;
     * a real race always has some) give null SC/VSC counts (not zero).
     *
     * @param race        the race
     * @param type        grand prix or sprint
     * @param weather     the session's weather rows
     * @param raceControl the session's race-control rows, or null when not fetched
     * @return the conditions
     */
    public static RaceConditions conditions(RaceKey race, RaceType type, List<OpenF1Weather> weather,
                                            List<OpenF1RaceControl> raceControl) {
        Double share = mean(weather, w -> w.rainfall() == null ? null : (w.rainfall() ? 1.0 : 0.0));
        SafetyCarLaps sc = raceControl == null || raceControl.isEmpty() ? null : safetyCarLaps(raceControl);
        return new RaceConditions(race, type, share == null ? null : WeatherLabel.ofRainfallShare(share), share,
                Units.round1(mean(weather, OpenF1Weather::airTemperature)),
                Units.round1(mean(weather, OpenF1Weather::trackTemperature)),
                Units.round1(mean(weather, OpenF1Weather::humidity)),
                sc == null ? null : sc.safetyCarLapCount(), sc == null ? null : sc.virtualSafetyCarLapCount());
    }

    /**
     * Classified position per car from {@code session_result} (unclassified cars, position null, are left out).
     *
     * @return position by car number, in finishing order
     */
    public static Map<Integer, Integer> classification(List<OpenF1SessionResult> results) {
        return positions(results, OpenF1SessionResult::driverNumber, OpenF1SessionResult::position);
    }

    /**
     * Grid slot per car from {@code starting_grid}.
     *
     * @return slot by car number, in grid order
     */
    public static Map<Integer, Integer> grid(List<OpenF1StartingGrid> grid) {
        return positions(grid, OpenF1StartingGrid::driverNumber, OpenF1StartingGrid::position);
    }

    private static <T> Map<Integer, Integer> positions(List<T> rows, Function<T, Integer> driver,
                                                       Function<T, Integer> position) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        rows.stream().filter(r -> position.apply(r) != null)
                .sorted(Comparator.comparing(position)).forEach(r -> out.put(driver.apply(r), position.apply(r)));
        return Collections.unmodifiableMap(out);
    }

    private static Integer min(List<OpenF1Lap> laps, Function<OpenF1Lap, Double> seconds) {
        return laps.stream().map(l -> Units.millis(seconds.apply(l))).filter(v -> v != null)
                .min(Integer::compare).orElse(null);
    }

    private static Double topSpeed(List<OpenF1Lap> laps) {
        return laps.stream().map(OpenF1Lap::stSpeed).filter(v -> v != null).max(Integer::compare)
                .map(v -> Units.round1(v.doubleValue())).orElse(null);
    }

    private static <T> Double mean(List<T> rows, Function<T, Double> value) {
        double sum = 0;
        int n = 0;
        for (T row : rows) {
            Double v = value.apply(row);
            if (v != null && Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
