package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Validation of qualifying, results, laps, long runs and conditions. */
class SessionRecordsTest {

    private static final RaceKey BAHRAIN = RaceKey.of(2024, 1);
    private static final DriverId VER = DriverId.of("max_verstappen");
    private static final ConstructorId RBR = ConstructorId.of("red_bull");

    private static RaceResult result(Integer finish, int grid, double points) {
        return new RaceResult(BAHRAIN, RaceType.GRAND_PRIX, VER, RBR, 1, finish, finish == null ? "R" : "1", grid,
                points, "Finished", 5_504_742L, 57, true);
    }

    @Test
    @DisplayName("a result checks positions, grid, points and counts, naming the field")
    void resultChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> result(0, 1, 25))
                .withMessage("result.finishPosition must be between 1 and 40, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> result(1, 41, 25))
                .withMessage("result.grid must be between 0 and 40, was 41");
        assertThatIllegalArgumentException().isThrownBy(() -> result(1, 1, -1))
                .withMessage("result.points must be >= 0, was -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> result(1, 1, Double.NaN))
                .withMessage("result.points must be a finite number, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new RaceResult(BAHRAIN, RaceType.GRAND_PRIX, VER, RBR,
                1, 1, "1", 1, 25, " ", null, null, false)).withMessage("result.status must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new RaceResult(BAHRAIN, RaceType.GRAND_PRIX, VER, RBR,
                1, 1, "1", 1, 25, "Finished", -5L, null, false)).withMessage("result.totalTimeMs must be >= 0, was -5");
        assertThatNullPointerException().isThrownBy(() -> new RaceResult(BAHRAIN, RaceType.GRAND_PRIX, VER, null,
                1, 1, "1", 1, 25, "Finished", null, null, false)).withMessage("result.constructor must not be null");
    }

    @Test
    @DisplayName("a result is classified exactly when it has a finishing position; grid 0 is a pit-lane start")
    void classified() {
        assertThat(result(1, 1, 25).classified()).isTrue();
        assertThat(result(null, 0, 0).classified()).isFalse();
        assertThat(result(null, 0, 0).grid()).isZero();
    }

    @Test
    @DisplayName("a qualifying row checks position and positive times, naming the field")
    void qualifyingChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QualifyingResult(BAHRAIN, VER, RBR, 1, 0, null,
                null, null, null, null, null, null)).withMessage("qualifying.position must be between 1 and 40, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new QualifyingResult(BAHRAIN, VER, RBR, 1, 1, 0,
                null, null, null, null, null, null)).withMessage("qualifying.q1Ms must be > 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new QualifyingResult(BAHRAIN, VER, RBR, 1000, 1, null,
                null, null, null, null, null, null))
                .withMessage("qualifying.carNumber must be between 0 and 999, was 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> new QualifyingResult(BAHRAIN, VER, RBR, 1, 1, null,
                null, null, null, null, null, Double.NaN))
                .withMessage("qualifying.speedTrapKph must be a finite number, was NaN");
    }

    @Test
    @DisplayName("bestTimeMs is the fastest segment time, or null when none was set")
    void bestTime() {
        assertThat(new QualifyingResult(BAHRAIN, VER, RBR, 1, 1, 90_031, 89_374, 89_179, null, null, null, null)
                .bestTimeMs()).isEqualTo(89_179);
        assertThat(new QualifyingResult(BAHRAIN, VER, RBR, 1, 12, 90_500, 90_100, null, null, null, null, null)
                .bestTimeMs()).isEqualTo(90_100);
        assertThat(new QualifyingResult(BAHRAIN, VER, RBR, 1, 20, null, null, null, null, null, null, null)
                .bestTimeMs()).isNull();
    }

    @Test
    @DisplayName("a lap checks lap number, times, compound, stint and position, naming the field")
    void lapChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> LapTime.basic(BAHRAIN, RaceType.GRAND_PRIX, VER, 0,
                95_000, 1)).withMessage("lap.lap must be between 1 and 200, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> LapTime.basic(BAHRAIN, RaceType.GRAND_PRIX, VER, 1,
                -1, 1)).withMessage("lap.lapTimeMs must be > 0, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> LapTime.basic(BAHRAIN, RaceType.GRAND_PRIX, VER, 1,
                95_000, 41)).withMessage("lap.position must be between 1 and 40, was 41");
        assertThatIllegalArgumentException().isThrownBy(() -> new LapTime(BAHRAIN, RaceType.GRAND_PRIX, VER, 1,
                95_000, null, null, null, null, "soft", null, null, false, false, null, null, 1))
                .withMessage("lap.compound must be upper case, was 'soft'");
        assertThatIllegalArgumentException().isThrownBy(() -> new LapTime(BAHRAIN, RaceType.GRAND_PRIX, VER, 1,
                95_000, null, null, null, null, "SOFT", null, null, false, false, 0, null, 1))
                .withMessage("lap.stint must be > 0, was 0");
        assertThatNullPointerException().isThrownBy(() -> LapTime.basic(BAHRAIN, null, VER, 1, 95_000, 1))
                .withMessage("lap.type must not be null");
    }

    @Test
    @DisplayName("a basic lap carries only time and position, with no pit flags")
    void basicLap() {
        LapTime lap = LapTime.basic(BAHRAIN, RaceType.SPRINT, VER, 3, 97_284, 2);

        assertThat(lap.lapTimeMs()).isEqualTo(97_284);
        assertThat(lap.position()).isEqualTo(2);
        assertThat(lap.sector1Ms()).isNull();
        assertThat(lap.compound()).isNull();
        assertThat(lap.pitIn()).isFalse();
        assertThat(lap.pitOut()).isFalse();
    }

    @Test
    @DisplayName("a long run checks compound, median and stint length, naming the field")
    void longRunChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LongRun(BAHRAIN, VER, " ", 90_000, 5, null))
                .withMessage("longRun.compound must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new LongRun(BAHRAIN, VER, "SOFT", 0, 5, null))
                .withMessage("longRun.medianLapMs must be > 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new LongRun(BAHRAIN, VER, "SOFT", 90_000, 0, null))
                .withMessage("longRun.stintLength must be between 1 and 200, was 0");
        assertThat(new LongRun(BAHRAIN, VER, "SOFT", 90_000, 5, 89_500).bestLapMs()).isEqualTo(89_500);
    }

    @Test
    @DisplayName("conditions check shares, humidity and safety-car laps, and allow every measure to be unknown")
    void conditionsChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RaceConditions(BAHRAIN, RaceType.GRAND_PRIX,
                WeatherLabel.WET, 1.5, null, null, null, null, null))
                .withMessage("conditions.rainfallShare must be between 0 and 1, was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new RaceConditions(BAHRAIN, RaceType.GRAND_PRIX,
                null, null, null, null, 100.5, null, null))
                .withMessage("conditions.humidityPct must be between 0 and 100, was 100.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new RaceConditions(BAHRAIN, RaceType.GRAND_PRIX,
                null, null, null, null, null, -1, null))
                .withMessage("conditions.safetyCarLaps must be >= 0, was -1");
        RaceConditions unknown = new RaceConditions(BAHRAIN, RaceType.GRAND_PRIX, null, null, null, null, null, null,
                null);
        assertThat(unknown.safetyCarLaps()).isNull();
    }
}
