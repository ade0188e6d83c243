package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource({
        "1:23.456, 83456",
        "59.043, 59043",
        "5.155, 5155",
        "1:25:33.607, 5133607",
        "40:55.302, 2455302",
        "24.563, 24563",
        "1:23.4, 83400",
        "1:23.45, 83450",
        "1:23.4567, 83456",
        "83, 83000"
    })
    @DisplayName("durations in Jolpica's [H:]M:SS.fff forms become milliseconds")
    void durations(String text, long ms) {
        assertThat(Values.durationMs(text)).isEqualTo(ms);
    }

    @ParameterizedTest
    @CsvSource({"+5.155", "1:2x.000", "abc", "1:23:45:67.000", "-1.000"})
    @DisplayName("text that is not a duration is refused")
    void badDurations(String text) {
        assertThatThrownBy(() -> Values.durationMs(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    @DisplayName("points may be whole or fractional; non-numbers are refused")
    void decimals() {
        assertThat(Values.decimal("25")).isEqualTo(25.0);
        assertThat(Values.decimal("12.5")).isEqualTo(12.5);
        assertThat(Values.decimal("-1.01694")).isEqualTo(-1.01694);
        assertThatThrownBy(() -> Values.decimal("NaN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Values.decimal("ten")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("only digit-only position texts are finishing positions")
    void numericPositionText() {
        assertThat(Values.isNumeric("12")).isTrue();
        assertThat(Values.isNumeric("R")).isFalse();
        assertThat(Values.isNumeric("W")).isFalse();
        assertThat(Values.isNumeric("")).isFalse();
        assertThat(Values.isNumeric("-1")).isFalse();
    }

    @Test
    @DisplayName("schedule times are UTC with Z, an explicit offset is converted, a bare time is taken as UTC")
    void utcTimes() {
        assertThat(Values.utcTime("15:00:00Z")).isEqualTo(LocalTime.of(15, 0));
        assertThat(Values.utcTime("15:00:00+02:00")).isEqualTo(LocalTime.of(13, 0));
        assertThat(Values.utcTime("10:30:00-05:00")).isEqualTo(LocalTime.of(15, 30));
        assertThat(Values.utcTime("07:30:00")).isEqualTo(LocalTime.of(7, 30));
        assertThatThrownBy(() -> Values.utcTime("25:00:00Z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("whole numbers are parsed, anything else is refused with the text")
    void integers() {
        assertThat(Values.integer("20")).isEqualTo(20);
        assertThat(Values.longInteger("5133607")).isEqualTo(5133607L);
        assertThatThrownBy(() -> Values.integer("1.5")).hasMessageContaining("'1.5'");
    }
}
