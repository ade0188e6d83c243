package org.f1pipeline.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterParserTest {

    private final Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:27:30Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("delay-seconds is read as seconds, surrounding spaces tolerated")
    void seconds() {
        assertThat(RetryAfterParser.parse("10", clock)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryAfterParser.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfterParser.parse("1.5", clock)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("an HTTP-date is compared with the injected clock")
    void httpDate() {
        assertThat(RetryAfterParser.parse("Wed, 21 Oct 2015 07:28:00 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfterParser.parse("Wed, 21 Oct 2015 07:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "soon", "-5", "10 seconds", "Wednesday", "99999999999", "Wed, 32 Oct 2015 07:28:00 GMT"})
    @DisplayName("absent or unreadable values yield null, so the backoff is used")
    void garbage(String value) {
        assertThat(RetryAfterParser.parse(value, clock)).isNull();
    }
}
