package org.f1pipeline.fetch.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.FetchConfig;

/** Maps the parallel-processing guide's {@code api.*} keys onto {@link FetchConfig.Builder}. Internal API. */
public final class GuideKeys {

    /**
     * The keys the guide documents, in their flattened form, plus f1pipeline's bounds on waiting (seconds):
     * {@code api.max_retry_after} (longest Retry-After honoured), {@code api.read_timeout} (a body that stalls
     * this long fails the attempt) and {@code api.total_timeout} (deadline of a whole response).
     */
    public static final Set<String> KNOWN = Set.of("api.parallel_endpoints", "api.max_workers",
            "api.rate_limit_delay", "api.retry_attempts", "api.max_retry_after", "api.read_timeout",
            "api.total_timeout");

    private GuideKeys() {
    }

    /**
     * Applies {@code keys} to {@code builder}.
     *
     * @param keys    flattened ({@code "api.max_workers"}) or nested ({@code {"api": {"max_workers": 3}}}) settings
     * @param builder the builder to change
     * @throws InvalidInputException naming the key, for unknown keys or unusable values
     */
    public static void apply(Map<String, ?> keys, FetchConfig.Builder builder) {
        if (keys == null) {
            throw new InvalidInputException("keys", "guide keys must not be null");
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", keys, flat);
        Set<String> unknown = new TreeSet<>(flat.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.iterator().next(), "unknown fetch setting(s) " + unknown
                    + "; known settings are " + new TreeSet<>(KNOWN));
        }
        for (Map.Entry<String, Object> e : flat.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            try {
                switch (key) {
                    case "api.parallel_endpoints" -> builder.parallelEndpoints(bool(key, value));
                    case "api.max_workers" -> builder.maxWorkers(integer(key, value));
                    case "api.rate_limit_delay" -> builder.rateLimitDelay(seconds(key, value));
                    case "api.retry_attempts" -> builder.retryAttempts(integer(key, value));
                    case "api.max_retry_after" -> builder.maxRetryAfter(seconds(key, value));
                    case "api.read_timeout" -> builder.readTimeout(seconds(key, value));
                    case "api.total_timeout" -> builder.totalTimeout(seconds(key, value));
                    default -> throw new IllegalStateException(key);
                }
            } catch (IllegalArgumentException ex) {
                throw new InvalidInputException(key, key + ": " + ex.getMessage());
            }
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out);
            } else {
                out.put(key, e.getValue());
            }
        }
    }

    private static boolean bool(String key, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new InvalidInputException(key, key + " must be true or false, was '" + v + "'");
    }

    private static int integer(String key, Object v) {
        try {
            BigDecimal d = new BigDecimal(String.valueOf(v).trim());
            return d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(key, key + " must be a whole number, was '" + v + "'");
        }
    }

    private static Duration seconds(String key, Object v) {
        try {
            BigDecimal d = new BigDecimal(String.valueOf(v).trim());
            if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(3600)) > 0) {
                throw new InvalidInputException(key, key + " must be between 0 and 3600 seconds, was " + v);
            }
            return Duration.ofNanos(d.movePointRight(9).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(key, key + " must be a number of seconds, was '" + v + "'");
        }
    }
}
