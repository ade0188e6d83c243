package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RaceKeyTest {

    @Test
    @DisplayName("toString pads the round to two digits")
    void toStringPadsRound() {
        assertThat(RaceKey.of(2024, 5)).hasToString("2024-05");
        assertThat(RaceKey.of(1950, 1)).hasToString("1950-01");
        assertThat(RaceKey.of(2024, 24)).hasToString("2024-24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05", "2024-5", "2024/5", "2024:05", " 2024-05 "})
    @DisplayName("parse accepts '-', '/' or ':' between season and round")
    void parsesSeparators(String text) {
        assertThat(RaceKey.parse(text)).isEqualTo(new RaceKey(2024, 5));
    }

    @Test
    @DisplayName("parse reads back what toString writes")
    void parseToStringRoundTrip() {
        for (RaceKey key : List.of(RaceKey.of(1950, 1), RaceKey.of(2021, 22), RaceKey.of(2100, 30))) {
            assertThat(RaceKey.parse(key.toString())).isEqualTo(key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-05-01", "season-5", "2024-x", "2024_05"})
    @DisplayName("parse refuses text that is not season-round, quoting it")
    void parseRefusesGarbage(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> RaceKey.parse(text))
                .withMessage("raceKey must look like 2024-05 (season-round), was '" + text + "'");
    }

    @Test
    @DisplayName("parse refuses blank and null text")
    void parseRefusesBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> RaceKey.parse("  "))
                .withMessage("raceKey must not be blank");
        assertThatNullPointerException().isThrownBy(() -> RaceKey.parse(null)).withMessage("raceKey must not be null");
    }

    @Test
    @DisplayName("season and round out of range are refused with the field and the range named")
    void rangeChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> RaceKey.of(1949, 1))
                .withMessage("season must be between 1950 and 2100, was 1949");
        assertThatIllegalArgumentException().isThrownBy(() -> RaceKey.of(2101, 1))
                .withMessage("season must be between 1950 and 2100, was 2101");
        assertThatIllegalArgumentException().isThrownBy(() -> RaceKey.of(2024, 0))
                .withMessage("round must be between 1 and 30, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> RaceKey.parse("2024-31"))
                .withMessage("round must be between 1 and 30, was 31");
    }

    @Test
    @DisplayName("keys order by season then round, numerically")
    void ordering() {
        List<RaceKey> keys = new ArrayList<>(List.of(RaceKey.of(2024, 10), RaceKey.of(2023, 22), RaceKey.of(2024, 2),
                RaceKey.of(2024, 1)));
        Collections.sort(keys);

        assertThat(keys).containsExactly(RaceKey.of(2023, 22), RaceKey.of(2024, 1), RaceKey.of(2024, 2),
                RaceKey.of(2024, 10));
        assertThat(RaceKey.of(2024, 3).compareTo(RaceKey.of(2024, 3))).isZero();
    }
}
