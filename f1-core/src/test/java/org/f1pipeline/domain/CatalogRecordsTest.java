package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Validation of seasons, circuits, constructors, drivers and entries. */
class CatalogRecordsTest {

    private static final CircuitId MONACO = CircuitId.of("monaco");

    @Test
    @DisplayName("a season outside 1950-2100 is refused with the range named")
    void seasonRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Season.of(1949))
                .withMessage("year must be between 1950 and 2100, was 1949");
        assertThat(Season.of(2024)).isEqualTo(new Season(2024, null));
    }

    @Test
    @DisplayName("a circuit checks its name, coordinates and rates, naming the field")
    void circuitChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Circuit(MONACO, "", null, null, null, null, null,
                null)).withMessage("circuit.name must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new Circuit(MONACO, "Circuit de Monaco", null, null,
                Double.NaN, null, null, null)).withMessage("circuit.latitude must be a finite number, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new Circuit(MONACO, "Circuit de Monaco", null, null,
                null, null, 1.2, null)).withMessage("circuit.overtakeRate must be between 0 and 1, was 1.2");
        assertThatIllegalArgumentException().isThrownBy(() -> new Circuit(MONACO, "Circuit de Monaco", null, null,
                null, null, null, -0.1))
                .withMessage("circuit.safetyCarProbability must be between 0 and 1, was -0.1");
        assertThatNullPointerException().isThrownBy(() -> new Circuit(null, "Circuit de Monaco", null, null, null,
                null, null, null)).withMessage("circuit.id must not be null");
    }

    @Test
    @DisplayName("withOvertakeRate and withSafetyCarProbability change one rate only")
    void circuitWithers() {
        Circuit monaco = new Circuit(MONACO, "Circuit de Monaco", "Monte-Carlo", "Monaco", 43.7347, 7.42056, 0.05,
                null);

        assertThat(monaco.withSafetyCarProbability(0.45)).isEqualTo(new Circuit(MONACO, "Circuit de Monaco",
                "Monte-Carlo", "Monaco", 43.7347, 7.42056, 0.05, 0.45));
        assertThat(monaco.withOvertakeRate(null).overtakeRate()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> monaco.withOvertakeRate(2.0))
                .withMessage("circuit.overtakeRate must be between 0 and 1, was 2.0");
    }

    @Test
    @DisplayName("a driver checks id, family name, code and number, and builds a full name")
    void driverChecks() {
        DriverId id = DriverId.of("max_verstappen");
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(id, "Ve", 33, "Max", "Verstappen", null,
                null)).withMessage("driver.code must be three upper-case letters, was 'Ve'");
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(id, null, 1000, "Max", "Verstappen", null,
                null)).withMessage("driver.permanentNumber must be between 0 and 999, was 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(id, null, null, "Max", " ", null, null))
                .withMessage("driver.familyName must not be blank");
        assertThat(new Driver(id, "VER", 33, "Max", "Verstappen", LocalDate.of(1997, 9, 30), "Dutch").fullName())
                .isEqualTo("Max Verstappen");
        assertThat(new Driver(DriverId.of("farina"), null, null, null, "Farina", null, null).fullName())
                .isEqualTo("Farina");
    }

    @Test
    @DisplayName("a constructor needs an id and a name")
    void constructorChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Constructor(ConstructorId.of("haas"), " ", null))
                .withMessage("constructor.name must not be blank");
        assertThatNullPointerException().isThrownBy(() -> new Constructor(null, "Haas F1 Team", null))
                .withMessage("constructor.id must not be null");
    }

    @Test
    @DisplayName("an entry checks season, car number and first round, naming the field")
    void entryChecks() {
        DriverId bearman = DriverId.of("bearman");
        ConstructorId haas = ConstructorId.of("haas");
        assertThatIllegalArgumentException().isThrownBy(() -> new SeasonEntry(2024, bearman, haas, 50, 31))
                .withMessage("entry.firstRound must be between 1 and 30, was 31");
        assertThatIllegalArgumentException().isThrownBy(() -> new SeasonEntry(1900, bearman, haas, 50, null))
                .withMessage("entry.season must be between 1950 and 2100, was 1900");
        assertThatNullPointerException().isThrownBy(() -> new SeasonEntry(2024, bearman, null, 50, null))
                .withMessage("entry.constructor must not be null");
    }
}
