package org.f1pipeline.model;

import java.time.LocalDate;
import java.util.Map;
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
import org.f1pipeline.domain.WeatherLabel;

/** Terse builders of domain records for the model tests. */
public final class Fx {

    private Fx() {
    }

    public static DriverId d(String id) {
        return DriverId.of(id);
    }

    public static ConstructorId t(String id) {
        return ConstructorId.of(id);
    }

    public static RaceKey key(int season, int round) {
        return RaceKey.of(season, round);
    }

    public static Circuit circuit(String id, Double overtakeRate) {
        return new Circuit(CircuitId.of(id), id, null, null, null, null, overtakeRate, null);
    }

    public static Race race(int season, int round, String circuit, EventFormat format, LocalDate date) {
        return new Race(key(season, round), "Race " + season + "-" + round, CircuitId.of(circuit), date, format, Map.of(),
                RaceStatus.COMPLETED);
    }

    /** Qualifying row with only a best time (in q1). */
    public static QualifyingResult quali(RaceKey race, String driver, String team, int pos, Integer bestMs) {
        return new QualifyingResult(race, d(driver), t(team), null, pos, bestMs, null, null, null, null, null, null);
    }

    /** Qualifying row with a best time and best sectors. */
    public static QualifyingResult quali(RaceKey race, String driver, String team, int pos, int bestMs, Integer s1,
                                         Integer s2, Integer s3) {
        return new QualifyingResult(race, d(driver), t(team), null, pos, null, null, bestMs, s1, s2, s3, null);
    }

    /** A classified result ("Finished"). */
    public static RaceResult fin(RaceKey race, RaceType type, String driver, String team, int pos, int grid,
                                 double points) {
        return new RaceResult(race, type, d(driver), t(team), null, pos, String.valueOf(pos), grid, points, "Finished",
                null, null, false);
    }

    /** A classified result with a given status text, e.g. "Lapped" or "+1 Lap". */
    public static RaceResult fin(RaceKey race, RaceType type, String driver, String team, int pos, int grid,
                                 double points, String status) {
        return new RaceResult(race, type, d(driver), t(team), null, pos, String.valueOf(pos), grid, points, status, null,
                null, false);
    }

    /** An unclassified result: position text R, D, W, ... and a status. */
    public static RaceResult out(RaceKey race, RaceType type, String driver, String team, int grid, String text,
                                 String status) {
        return new RaceResult(race, type, d(driver), t(team), null, null, text, grid, 0.0, status, null, null, false);
    }

    public static RaceResult gp(RaceKey race, String driver, String team, int pos, int grid, double points) {
        return fin(race, RaceType.GRAND_PRIX, driver, team, pos, grid, points);
    }

    public static RaceResult sprint(RaceKey race, String driver, String team, int pos, int grid, double points) {
        return fin(race, RaceType.SPRINT, driver, team, pos, grid, points);
    }

    /** A clean grand-prix lap on MEDIUM, stint 1, with the given tyre life. */
    public static LapTime lap(RaceKey race, String driver, int lap, int ms, int tyreLife) {
        return new LapTime(race, RaceType.GRAND_PRIX, d(driver), lap, ms, null, null, null, null, "MEDIUM", tyreLife,
                null, false, false, 1, null, null);
    }

    /** A grand-prix lap with sectors and a speed trap. */
    public static LapTime sectorLap(RaceKey race, String driver, int lap, int s1, int s2, int s3, double speed,
                                    boolean pitIn) {
        return new LapTime(race, RaceType.GRAND_PRIX, d(driver), lap, s1 + s2 + s3, s1, s2, s3, speed, "MEDIUM", lap,
                null, pitIn, false, 1, null, null);
    }

    public static LongRun longRun(RaceKey race, String driver, String compound, int medianMs) {
        return new LongRun(race, d(driver), compound, medianMs, 5, null);
    }

    public static RaceConditions conditions(RaceKey race, WeatherLabel weather, Integer scLaps) {
        return new RaceConditions(race, RaceType.GRAND_PRIX, weather, null, null, null, null, scLaps, null);
    }
}
