package org.f1pipeline.examples.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads durations as people write them in a config file or on the command line: {@code 45m}, {@code 1.5h},
 * {@code 90 min}, {@code 30s}, {@code 250ms}, {@code 1h30m}, ISO-8601 {@code PT45M}, or a bare number of seconds
 * (as the guide's {@code rate_limit_delay: 2}).
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    /** A number and a unit; longer unit names come first so that "min" is not read as "m" + "in". */
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)"
            + "(ms|seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a message that shows the accepted forms
     */
    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration; write e.g. 45m, 1.5h, 30s or PT45M");
        }
        if (s.startsWith("pt") || s.startsWith("p")) {
            try {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw bad(text);
            }
        }
        if (s.matches("\\d+(\\.\\d+)?")) {
            return ofUnit(new BigDecimal(s), "s");
        }
        Matcher m = PART.matcher(s.replace(" ", ""));
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw bad(text);
            }
            total = total.plus(ofUnit(new BigDecimal(m.group(1)), m.group(2)));
            end = m.end();
        }
        if (end == 0 || end != s.replace(" ", "").length()) {
            throw bad(text);
        }
        return total;
    }

    private static Duration ofUnit(BigDecimal amount, String unit) {
        long nanosPerUnit = switch (unit) {
            case "ms" -> 1_000_000L;
            case "s", "sec", "secs", "second", "seconds" -> 1_000_000_000L;
            case "m", "min", "mins", "minute", "minutes" -> 60_000_000_000L;
            case "h", "hr", "hrs", "hour", "hours" -> 3_600_000_000_000L;
            default -> 86_400_000_000_000L;
        };
        return Duration.ofNanos(amount.multiply(BigDecimal.valueOf(nanosPerUnit)).longValue());
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 45m, 1.5h, 30s, 250ms or"
                + " PT45M (a bare number means seconds)");
    }
}
