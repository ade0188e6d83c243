package org.f1pipeline.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.f1pipeline.fetch.RateLimitConfig;

/**
 * Typed reads of config entries; every failure names the file, the line, the key and the accepted values, which is
 * what the user needs to fix it.
 */
final class ConfigValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern WINDOW = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(.+?)\\s*");

    private final Path file;
    private final Map<String, String> env;

    ConfigValues(Path file, Map<String, String> env) {
        this.file = file;
        this.env = env;
    }

    /** An error about {@code key} at its line. */
    CliException error(String key, ConfigReader.Entry entry, String message) {
        return CliException.usage("config file " + file + ", line " + entry.line() + ": " + key + ": " + message);
    }

    /** A string, with {@code ${VAR}} replaced from the environment (for secrets such as a database password). */
    String string(String key, ConfigReader.Entry e) {
        if (e.value() == null) {
            return null;
        }
        if (e.value() instanceof List<?>) {
            throw error(key, e, "must be a single value, not a list");
        }
        String text = String.valueOf(e.value());
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.get(m.group(1));
            if (value == null) {
                throw error(key, e, "environment variable " + m.group(1) + " is not set; set it or write the value"
                        + " in the file");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    boolean bool(String key, ConfigReader.Entry e) {
        if (e.value() instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(e.value()).trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw error(key, e, "must be true or false, was '" + e.value() + "'");
    }

    int integer(String key, ConfigReader.Entry e, int min, int max) {
        long v;
        if (e.value() instanceof Long l) {
            v = l;
        } else {
            try {
                v = Long.parseLong(String.valueOf(e.value()).trim());
            } catch (NumberFormatException ex) {
                throw error(key, e, "must be a whole number between " + min + " and " + max + ", was '" + e.value()
                        + "'");
            }
        }
        if (v < min || v > max) {
            throw error(key, e, "must be between " + min + " and " + max + ", was " + v);
        }
        return (int) v;
    }

    Duration duration(String key, ConfigReader.Entry e) {
        try {
            Duration d = DurationConverter.parse(String.valueOf(e.value()));
            if (d.isNegative()) {
                throw new IllegalArgumentException("must not be negative");
            }
            return d;
        } catch (IllegalArgumentException ex) {
            throw error(key, e, ex.getMessage());
        }
    }

    /**
     * Rate-limit windows: {@code unlimited}, one window such as {@code 4/s}, or a list such as
     * {@code [4/s, 500/h]} ({@code N/<period>}: s, min, h, or a duration like 10s).
     */
    RateLimitConfig limits(String key, ConfigReader.Entry e) {
        List<?> items = e.value() instanceof List<?> list ? list : List.of(String.valueOf(e.value()));
        if (items.size() == 1 && List.of("unlimited", "none", "false").contains(
                String.valueOf(items.get(0)).trim().toLowerCase(Locale.ROOT))) {
            return RateLimitConfig.unlimited();
        }
        RateLimitConfig.Builder b = RateLimitConfig.builder();
        for (Object item : items) {
            Matcher m = WINDOW.matcher(String.valueOf(item));
            if (!m.matches()) {
                throw error(key, e, "'" + item + "' is not a limit; write N/period such as 4/s, 30/min, 500/h or"
                        + " 30/10s, a list of them, or unlimited");
            }
            String period = m.group(2);
            Duration d;
            try {
                d = DurationConverter.parse(Character.isDigit(period.charAt(0)) ? period : "1" + period);
            } catch (IllegalArgumentException ex) {
                throw error(key, e, "'" + item + "': " + ex.getMessage());
            }
            if (d.isZero() || Integer.parseInt(m.group(1)) == 0) {
                throw error(key, e, "'" + item + "': permits and period must be positive");
            }
            b.window(Integer.parseInt(m.group(1)), d);
        }
        return b.build();
    }
}
