package org.f1pipeline.examples.cli.logging;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The threshold of each logger, by name: the most specific of the configured name prefixes (a prefix matches the
 * name itself and the names below it, {@code org.f1pipeline} matching {@code org.f1pipeline.backfill.X}), else the
 * default. Read from the system properties slf4j-simple reads, so settings carry over:
 * {@value #DEFAULT_PROPERTY} ({@code warn} unless set) and {@value #PREFIX}{@code <name>}; levels {@code trace},
 * {@code debug}, {@code info}, {@code warn}, {@code error} and {@code off}, any other word meaning {@code info} as
 * in slf4j-simple. Built in, and overridden by a property:
 * {@code org.f1pipeline.backfill} is {@code off} (the CLI prints the backfill's {@code [SKIP]} lines itself; its
 * {@code --verbose} turns them back on). Immutable.
 */
final class LogLevels {

    static final String DEFAULT_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String PREFIX = "org.slf4j.simpleLogger.log.";

    /** Threshold meaning nothing is logged. */
    static final int OFF = Integer.MAX_VALUE;

    private final int fallback;
    private final Map<String, Integer> byPrefix;

    LogLevels(int fallback, Map<String, Integer> byPrefix) {
        this.fallback = fallback;
        this.byPrefix = Map.copyOf(byPrefix);
    }

    /** From {@link System#getProperties()}, with the built-in defaults. */
    static LogLevels fromSystemProperties() {
        return from(System.getProperties());
    }

    static LogLevels from(Properties properties) {
        Map<String, Integer> prefixes = new HashMap<>();
        prefixes.put("org.f1pipeline.backfill", OFF);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                prefixes.put(key.substring(PREFIX.length()), parse(properties.getProperty(key), StderrLogger.INFO));
            }
        }
        String fallback = properties.getProperty(DEFAULT_PROPERTY);
        return new LogLevels(fallback == null ? StderrLogger.WARN : parse(fallback, StderrLogger.INFO), prefixes);
    }

    /** The threshold of logger {@code name}: events of a lower level are dropped. Loggers are made once each. */
    int of(String name) {
        int threshold = fallback;
        int matched = -1;
        for (Map.Entry<String, Integer> e : byPrefix.entrySet()) {
            String prefix = e.getKey();
            if (prefix.length() > matched && (name.equals(prefix) || name.startsWith(prefix + "."))) {
                threshold = e.getValue();
                matched = prefix.length();
            }
        }
        return threshold;
    }

    /** A level name as slf4j-simple takes it (any case), else {@code otherwise}. */
    static int parse(String level, int otherwise) {
        return switch (level.trim().toLowerCase(Locale.ROOT)) {
            case "trace" -> StderrLogger.TRACE;
            case "debug" -> StderrLogger.DEBUG;
            case "info" -> StderrLogger.INFO;
            case "warn" -> StderrLogger.WARN;
            case "error" -> StderrLogger.ERROR;
            case "off" -> OFF;
            default -> otherwise;
        };
    }
}
