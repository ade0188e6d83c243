package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The raw OpenF1 filter grammar. */
class OpenF1QueryTest {

    @Test
    @DisplayName("equality, ranges and strict comparisons are written the way the server splits them")
    void operators() {
        OpenF1Query q = OpenF1Query.empty().eq("session_key", 9161).eq("driver_number", 81)
                .ge("date", Instant.parse("2023-09-16T13:03:35.200Z")).lt("date", Instant.parse("2023-09-16T13:03:35.800Z"))
                .le("position", 3).gt("interval", 0);
        assertThat(q.toQueryString()).isEqualTo("session_key=9161&driver_number=81"
                + "&date%3E=2023-09-16T13:03:35.200000%2B00:00&date%3C2023-09-16T13:03:35.800000%2B00:00"
                + "&position%3C=3&interval%3E0");
    }

    @Test
    @DisplayName("spaces are %20, not +, so a flag filter survives")
    void spaces() {
        assertThat(OpenF1Query.empty().eq("flag", "BLACK AND WHITE").toString()).isEqualTo("flag=BLACK%20AND%20WHITE");
        assertThat(OpenF1Query.empty().toQueryString()).isEmpty();
        assertThat(OpenF1Query.empty().eq("year", 2023)).isEqualTo(OpenF1Query.empty().eq("year", 2023));
    }

    @Test
    @DisplayName("blank fields and null values are refused")
    void invalid() {
        assertThatThrownBy(() -> OpenF1Query.empty().eq("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenF1Query.empty().eq("year", null)).isInstanceOf(NullPointerException.class);
    }
}
