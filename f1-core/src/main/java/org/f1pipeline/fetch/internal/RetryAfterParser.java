package org.f1pipeline.fetch.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses the {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Internal API. */
public final class RetryAfterParser {

    private RetryAfterParser() {
    }

    /**
     * The wait a Retry-After value asks for.
     *
     * @param value the header value, may be null
     * @param clock the wall clock an HTTP-date is compared with
     * @return the wait (zero for a date in the past), or null when absent or unreadable
     */
    public static Duration parse(String value, Clock clock) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        if (Character.isDigit(v.charAt(0))) {
            try {
                // Integer seconds per the RFC; decimals accepted leniently. Absurd values are capped by the policy.
                BigDecimal seconds = new BigDecimal(v);
                if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(366L * 24 * 3600)) > 0) {
                    return null;
                }
                return Duration.ofNanos(seconds.movePointRight(9).longValue());
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), date.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
