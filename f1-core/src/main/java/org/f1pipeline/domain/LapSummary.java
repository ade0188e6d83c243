package org.f1pipeline.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.internal.LapArrays;

/**
 * What the model reads of one driver's grand-prix laps in one race, and nothing else: the storages keep one per
 * driver and race next to the laps (written in the same transaction as the laps), so that a recompute reads some
 * 11,000 summaries instead of 600,000 laps. {@link #of} defines it from the laps; a summary read from storage
 * equals the one computed from the stored laps.
 *
 * <p>A lap is <em>clean</em> when the driver neither entered nor left the pit lane on it.
 *
 * @param race        the grand prix
 * @param driver      the driver
 * @param raceLapsMs  lap times of the clean laps after lap 1, ascending (circuit race pace)
 * @param tyreLife    tyre life of the clean timed laps (lap 1 included) on a dry compound (SOFT, MEDIUM, HARD) with
 *                    a tyre life of 3 or more, in lap order (tyre degradation)
 * @param tyreLapMs   the lap times of those laps, same order and length as {@code tyreLife}
 * @param sector1Ms   sector 1 times of the clean laps after lap 1 that have one, ascending (sector profile)
 * @param sector2Ms   likewise sector 2
 * @param sector3Ms   likewise sector 3
 * @param topSpeedKph the highest speed trap of the clean laps after lap 1, or null
 */
public record LapSummary(RaceKey race, DriverId driver, int[] raceLapsMs, int[] tyreLife, int[] tyreLapMs,
                         int[] sector1Ms, int[] sector2Ms, int[] sector3Ms, Double topSpeedKph) {

    private static final Set<String> DRY_COMPOUNDS = Set.of("SOFT", "MEDIUM", "HARD");
    private static final Comparator<LapTime> ORDER = Comparator.comparing(LapTime::race)
            .thenComparing(LapTime::driver).thenComparingInt(LapTime::lap);

    static {
        // The storages' codec and the model read and hand over the arrays without copies (decision D97).
        LapArrays.install((s, component) -> switch (component) {
            case 0 -> s.raceLapsMs;
            case 1 -> s.tyreLife;
            case 2 -> s.tyreLapMs;
            case 3 -> s.sector1Ms;
            case 4 -> s.sector2Ms;
            case 5 -> s.sector3Ms;
            default -> throw new IllegalArgumentException("component " + component);
        });
    }

    /**
     * Copies the arrays (the record is immutable; the library's own codec hands over arrays it made instead) and
     * checks that the tyre arrays pair up.
     */
    public LapSummary {
        Checks.notNull(race, "summary.race");
        Checks.notNull(driver, "summary.driver");
        if (!LapArrays.handingOver()) {
            raceLapsMs = raceLapsMs.clone();
            tyreLife = tyreLife.clone();
            tyreLapMs = tyreLapMs.clone();
            sector1Ms = sector1Ms.clone();
            sector2Ms = sector2Ms.clone();
            sector3Ms = sector3Ms.clone();
        } else {
            Checks.notNull(raceLapsMs, "summary.raceLapsMs");
            Checks.notNull(tyreLife, "summary.tyreLife");
            Checks.notNull(tyreLapMs, "summary.tyreLapMs");
            Checks.notNull(sector1Ms, "summary.sector1Ms");
            Checks.notNull(sector2Ms, "summary.sector2Ms");
            Checks.notNull(sector3Ms, "summary.sector3Ms");
        }
        Checks.finite(topSpeedKph, "summary.topSpeedKph");
        if (tyreLife.length != tyreLapMs.length) {
            throw new InvalidInputException("summary.tyreLapMs", "summary " + race + " " + driver + ": "
                    + tyreLife.length + " tyre lives but " + tyreLapMs.length + " tyre lap times");
        }
    }

    /**
     * The summaries of the grand-prix laps among {@code laps} (sprint laps are left out), one per race and driver
     * with at least one lap, by race then driver. Laps are taken in lap order whatever the order given.
     */
    public static List<LapSummary> of(Collection<LapTime> laps) {
        List<LapTime> sorted = new ArrayList<>(laps.size());
        for (LapTime lap : laps) {
            if (lap.type() == RaceType.GRAND_PRIX) {
                sorted.add(lap);
            }
        }
        sorted.sort(ORDER);
        List<LapSummary> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || !sorted.get(i).race().equals(sorted.get(from).race())
                    || !sorted.get(i).driver().equals(sorted.get(from).driver())) {
                out.add(summarise(sorted.subList(from, i)));
                from = i;
            }
        }
        return out;
    }

    /** One driver's laps of one race, in lap order. */
    private static LapSummary summarise(List<LapTime> laps) {
        int n = laps.size();
        int[] pace = new int[n];
        int[] life = new int[n];
        int[] time = new int[n];
        int[][] sectors = {new int[n], new int[n], new int[n]};
        int paces = 0;
        int tyres = 0;
        int[] counts = new int[3];
        Double top = null;
        for (LapTime lap : laps) {
            if (lap.pitIn() || lap.pitOut()) {
                continue;
            }
            Integer ms = lap.lapTimeMs();
            if (ms != null && lap.lap() > 1) {
                pace[paces++] = ms;
            }
            if (ms != null && lap.tyreLife() != null && lap.tyreLife() >= 3 && lap.compound() != null
                    && DRY_COMPOUNDS.contains(lap.compound())) {
                life[tyres] = lap.tyreLife();
                time[tyres++] = ms;
            }
            if (lap.lap() > 1) {
                Integer[] s = {lap.sector1Ms(), lap.sector2Ms(), lap.sector3Ms()};
                for (int k = 0; k < 3; k++) {
                    if (s[k] != null) {
                        sectors[k][counts[k]++] = s[k];
                    }
                }
                if (lap.speedTrapKph() != null && (top == null || lap.speedTrapKph() > top)) {
                    top = lap.speedTrapKph();
                }
            }
        }
        int[] sortedPace = Arrays.copyOf(pace, paces);
        Arrays.sort(sortedPace);
        int[][] sortedSectors = new int[3][];
        for (int k = 0; k < 3; k++) {
            sortedSectors[k] = Arrays.copyOf(sectors[k], counts[k]);
            Arrays.sort(sortedSectors[k]);
        }
        LapTime first = laps.get(0);
        return new LapSummary(first.race(), first.driver(), sortedPace, Arrays.copyOf(life, tyres),
                Arrays.copyOf(time, tyres), sortedSectors[0], sortedSectors[1], sortedSectors[2], top);
    }

    /** A copy of {@link #raceLapsMs}. */
    @Override
    public int[] raceLapsMs() {
        return raceLapsMs.clone();
    }

    /** A copy of {@link #tyreLife}. */
    @Override
    public int[] tyreLife() {
        return tyreLife.clone();
    }

    /** A copy of {@link #tyreLapMs}. */
    @Override
    public int[] tyreLapMs() {
        return tyreLapMs.clone();
    }

    /** A copy of {@link #sector1Ms}. */
    @Override
    public int[] sector1Ms() {
        return sector1Ms.clone();
    }

    /** A copy of {@link #sector2Ms}. */
    @Override
    public int[] sector2Ms() {
        return sector2Ms.clone();
    }

    /** A copy of {@link #sector3Ms}. */
    @Override
    public int[] sector3Ms() {
        return sector3Ms.clone();
    }

    /** Equal when every component is, arrays by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LapSummary s && race.equals(s.race) && driver.equals(s.driver)
                && Arrays.equals(raceLapsMs, s.raceLapsMs) && Arrays.equals(tyreLife, s.tyreLife)
                && Arrays.equals(tyreLapMs, s.tyreLapMs) && Arrays.equals(sector1Ms, s.sector1Ms)
                && Arrays.equals(sector2Ms, s.sector2Ms) && Arrays.equals(sector3Ms, s.sector3Ms)
                && Objects.equals(topSpeedKph, s.topSpeedKph);
    }

    @Override
    public int hashCode() {
        return Objects.hash(race, driver, Arrays.hashCode(raceLapsMs), Arrays.hashCode(tyreLapMs),
                Arrays.hashCode(sector1Ms), topSpeedKph);
    }

    /** {@code LapSummary[race=2024-1, driver=verstappen, laps=56, tyre=50, sectors=56/56/56, top=320.1]} */
    @Override
    public String toString() {
        return "LapSummary[race=" + race + ", driver=" + driver + ", laps=" + raceLapsMs.length + ", tyre="
                + tyreLife.length + ", sectors=" + sector1Ms.length + "/" + sector2Ms.length + "/"
                + sector3Ms.length + ", top=" + topSpeedKph + "]";
    }
}
