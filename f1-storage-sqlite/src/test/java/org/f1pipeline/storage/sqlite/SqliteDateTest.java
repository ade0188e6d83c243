package org.f1pipeline.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SQLite's stored dates, read without java.time's parser")
class SqliteDateTest {

    @Test
    @DisplayName("read every day from 1950 to 2100 as LocalDate.parse does")
    void everyDay() {
        for (LocalDate day = LocalDate.of(1950, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            String text = day.toString();
            assertThat(SqliteDialect.date(text)).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    @DisplayName("refuse impossible days and odd text with the parser's own exception")
    void refused() {
        for (String text : new String[] {"2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
            "2024-1-05", "2024/01/05", "20x4-01-05", ""}) {
            assertThatThrownBy(() -> SqliteDialect.date(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
        assertThat(SqliteDialect.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(SqliteDialect.date("+12024-01-05")).as("longer forms go to the parser")
                .isEqualTo(LocalDate.parse("+12024-01-05"));
    }
}
