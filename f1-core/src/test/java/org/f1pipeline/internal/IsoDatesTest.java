package org.f1pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ISO dates read without java.time's parser")
class IsoDatesTest {

    @Test
    @DisplayName("read every day from 1950 to 2100 as LocalDate.parse does")
    void everyDay() {
        for (LocalDate day = LocalDate.of(1950, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            String text = day.toString();
            assertThat(IsoDates.date(text)).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    @DisplayName("refuse impossible days and odd text with the parser's own exception")
    void refused() {
        for (String text : new String[] {"2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
            "2024-1-05", "2024/01/05", "20x4-01-05", ""}) {
            assertThatThrownBy(() -> IsoDates.date(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
        assertThat(IsoDates.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.date("+12024-01-05")).as("longer forms go to the parser")
                .isEqualTo(LocalDate.parse("+12024-01-05"));
    }

    @Test
    @DisplayName("read a fixed-width run of digits, and -1 for anything else")
    void digits() {
        assertThat(IsoDates.digits("12:34:56", 3, 5)).isEqualTo(34);
        assertThat(IsoDates.digits("2024", 0, 4)).isEqualTo(2024);
        assertThat(IsoDates.digits("2a24", 0, 4)).isEqualTo(-1);
        assertThat(IsoDates.digits("-1", 0, 2)).isEqualTo(-1);
    }
}
