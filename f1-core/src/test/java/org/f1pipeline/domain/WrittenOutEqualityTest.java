package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.f1pipeline.model.ModelSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The value records whose {@code equals} and {@code hashCode} are written out (decision D91) behave as the generated
 * ones: compared with a plain record of the same components, whose methods the compiler generates, they give the
 * same hash codes, and they are equal exactly when every component is.
 */
@DisplayName("Written-out equals and hashCode")
class WrittenOutEqualityTest {

    private record Text(String value) {
    }

    private record Pair(int season, int round) {
    }

    private record Fit(double penalty, double halfLifeSeasons, int windowSeasons) {
    }

    @Test
    @DisplayName("give the ids the generated hash code, and equal them only to the same id of the same kind")
    void ids() {
        for (String value : List.of("hamilton", "max_verstappen", "Alesi", "de_graffenried")) {
            assertThat(new DriverId(value).hashCode()).isEqualTo(new Text(value).hashCode());
            assertThat(new ConstructorId(value).hashCode()).isEqualTo(new Text(value).hashCode());
            assertThat(new CircuitId(value).hashCode()).isEqualTo(new Text(value).hashCode());
            assertThat(new DriverId(value)).isEqualTo(new DriverId(value)).isNotEqualTo(new DriverId(value + "x"))
                    .isNotEqualTo(new ConstructorId(value)).isNotEqualTo(null);
            assertThat(new ConstructorId(value)).isEqualTo(new ConstructorId(value))
                    .isNotEqualTo(new CircuitId(value));
            assertThat(new CircuitId(value)).isEqualTo(new CircuitId(value)).isNotEqualTo(value);
        }
        assertThat(new DriverId("Alesi")).as("ids are the source's, case included").isNotEqualTo(new DriverId("alesi"));
    }

    @Test
    @DisplayName("give race keys the generated hash code, equal on season and round, ordered by season then round")
    void raceKeys() {
        for (int season : List.of(1950, 1996, 2025)) {
            for (int round : List.of(1, 9, 24)) {
                RaceKey key = RaceKey.of(season, round);
                assertThat(key.hashCode()).isEqualTo(new Pair(season, round).hashCode());
                assertThat(key).isEqualTo(RaceKey.of(season, round)).isNotEqualTo(RaceKey.of(season, round + 1))
                        .isNotEqualTo(RaceKey.of(season + 1, round)).isNotEqualTo(new Pair(season, round));
            }
        }
        assertThat(List.of(RaceKey.of(2024, 3), RaceKey.of(2023, 20), RaceKey.of(2024, 1)).stream().sorted())
                .containsExactly(RaceKey.of(2023, 20), RaceKey.of(2024, 1), RaceKey.of(2024, 3));
    }

    @Test
    @DisplayName("give fitting settings the generated hash code, and compare doubles as the generated equals does")
    void fitting() {
        ModelSpec.Fitting fitting = new ModelSpec.Fitting(1.0, 8.0, 20);
        assertThat(fitting.hashCode()).isEqualTo(new Fit(1.0, 8.0, 20).hashCode());
        assertThat(new ModelSpec.Fitting(0.25, 3.5, 7).hashCode()).isEqualTo(new Fit(0.25, 3.5, 7).hashCode());
        assertThat(fitting).isEqualTo(ModelSpec.Fitting.ofDefaults())
                .isNotEqualTo(new ModelSpec.Fitting(2.0, 8.0, 20))
                .isNotEqualTo(new ModelSpec.Fitting(1.0, 8.5, 20))
                .isNotEqualTo(new ModelSpec.Fitting(1.0, 8.0, 21));
    }
}
