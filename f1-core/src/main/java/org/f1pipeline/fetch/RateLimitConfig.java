package org.f1pipeline.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * Limits for one host: every {@link Window} must have a free permit before a request is sent (for example 4 per
 * second and 500 per hour), optionally a minimum spacing between two requests, a safety margin added to every
 * window, and the {@link Adaptive} slowdown applied after a 429.
 *
 * <p>A window is exact: at most {@code permits} requests start in any interval of length {@code period} (a permit
 * used at time t comes back at t + period + margin). This holds for fixed-window servers (Jolpica) and sliding-window
 * servers (slowapi) alike. A config with no windows and no spacing is unlimited.
 */
public final class RateLimitConfig {

    private final List<Window> windows;
    private final Duration minSpacing;
    private final Duration margin;
    private final Adaptive adaptive;

    private RateLimitConfig(List<Window> windows, Duration minSpacing, Duration margin, Adaptive adaptive) {
        windows = List.copyOf(Checks.notNull(windows, "windows"));
        nonNegative(minSpacing, "minSpacing");
        nonNegative(margin, "margin");
        Checks.notNull(adaptive, "adaptive");
        this.windows = windows;
        this.minSpacing = minSpacing;
        this.margin = margin;
        this.adaptive = adaptive;
    }

    /**
     * Jolpica-F1 (api.jolpi.ca): 4 per second burst and 500 per hour sustained, as its docs state for anonymous use.
     * FastF1 3.9 self-limits to 200 per hour; use {@link #jolpicaStrict()} for that budget.
     */
    public static RateLimitConfig jolpica() {
        return builder().window(4, Duration.ofSeconds(1)).window(500, Duration.ofHours(1)).build();
    }

    /** Jolpica with FastF1's stricter 200 requests per hour (plus 4 per second). */
    public static RateLimitConfig jolpicaStrict() {
        return builder().window(4, Duration.ofSeconds(1)).window(200, Duration.ofHours(1)).build();
    }

    /** OpenF1 (api.openf1.org) free tier: 3 per second and 30 per minute (the community's working assumption). */
    public static RateLimitConfig openF1() {
        return builder().window(3, Duration.ofSeconds(1)).window(30, Duration.ofMinutes(1)).build();
    }

    /** The F1 live-timing archive (a CDN with no published limit): a polite 4 per second. */
    public static RateLimitConfig liveTiming() {
        return builder().window(4, Duration.ofSeconds(1)).build();
    }

    /** Hosts we know nothing about: FastF1's generic etiquette, 4 per second and 500 per hour. */
    public static RateLimitConfig ofDefaults() {
        return jolpica();
    }

    /** No limit at all (adaptive slowdown still honours a server's Retry-After). */
    public static RateLimitConfig unlimited() {
        return builder().build();
    }

    /**
     * A builder starting from {@link #ofDefaults()}: {@code RateLimitConfig.custom()...build()} ({@link #builder()}
     * starts from no limit at all).
     */
    public static Builder custom() {
        return ofDefaults().toBuilder();
    }

    /** A builder starting from {@code existing}: {@code RateLimitConfig.from(policy)...build()}. */
    public static Builder from(RateLimitConfig existing) {
        return Checks.notNull(existing, "existing").toBuilder();
    }

    /** A builder starting with no windows, no spacing, a 50 ms margin and the default adaptive policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled from this config. */
    public Builder toBuilder() {
        Builder b = new Builder().minSpacing(minSpacing).margin(margin).adaptive(adaptive);
        windows.forEach(w -> b.window(w.permits(), w.period()));
        return b;
    }

    /** Whether this config never makes a request wait on its own. */
    public boolean isUnlimited() {
        return windows.isEmpty() && minSpacing.isZero();
    }

    @Override
    public String toString() {
        String ws = windows.stream().map(Window::toString).collect(Collectors.joining(", "));
        return "RateLimitConfig[" + (ws.isEmpty() ? "unlimited" : ws) + ", minSpacing=" + minSpacing.toMillis()
                + "ms, margin=" + margin.toMillis() + "ms, " + adaptive + "]";
    }

    static Duration nonNegative(Duration d, String field) {
        Checks.notNull(d, field);
        if (d.isNegative()) {
            throw new InvalidInputException(field, field + " must be >= 0, was " + d);
        }
        return d;
    }

    static Duration positive(Duration d, String field) {
        Checks.notNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidInputException(field, field + " must be > 0, was " + d);
        }
        return d;
    }

    /** The windows, all enforced; may be empty. */
    public List<Window> windows() {
        return windows;
    }

    /** The minimum time between two request starts (the guide's {@code rate_limit_delay}); may be zero. */
    public Duration minSpacing() {
        return minSpacing;
    }

    /** Added to every window period to absorb network jitter between client and server clocks. */
    public Duration margin() {
        return margin;
    }

    /** How to slow down after a 429. */
    public Adaptive adaptive() {
        return adaptive;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RateLimitConfig o && Objects.equals(windows, o.windows)
                && Objects.equals(minSpacing, o.minSpacing)
                && Objects.equals(margin, o.margin)
                && Objects.equals(adaptive, o.adaptive);
    }

    @Override
    public int hashCode() {
        return Objects.hash(windows, minSpacing, margin, adaptive);
    }

    /**
     * At most {@code permits} requests in any interval of length {@code period}.
     *
     * @param permits how many requests, at least 1
     * @param period  the interval, positive
     */
    public record Window(int permits, Duration period) {

        /** Validates the fields. */
        public Window {
            if (permits <= 0) {
                throw new InvalidInputException("window", "window permits must be > 0, was " + permits);
            }
            positive(period, "window period");
        }

        /** Requests per second as a double (for floors and reports). */
        public double ratePerSecond() {
            return permits * 1e9 / period.toNanos();
        }

        @Override
        public String toString() {
            return permits + "/" + period;
        }
    }

    /**
     * Adaptive slowdown after a 429: every request to the host pauses for {@code pause} (or the server's
     * Retry-After), then the effective rate is multiplied by {@code decreaseFactor} (never below
     * {@code minFactor}) for {@code cooldown}, then restored linearly over {@code recovery}. Further 429s during the
     * slowdown re-arm it and decrease again (at most once per {@code pause}, so one burst of refusals counts once).
     *
     * @param enabled        whether the slowdown is applied (a server's Retry-After is honoured regardless)
     * @param decreaseFactor rate multiplier per 429, in (0, 1]
     * @param minFactor      lowest rate multiplier, in (0, 1]
     * @param pause          how long every request to the host waits after a 429 without Retry-After
     * @param cooldown       how long the reduced rate holds after the last 429
     * @param recovery       how long the rate then takes to climb back to normal
     */
    public record Adaptive(boolean enabled, double decreaseFactor, double minFactor, Duration pause,
                           Duration cooldown, Duration recovery) {

        /** Validates the fields. */
        public Adaptive {
            if (!(decreaseFactor > 0 && decreaseFactor <= 1)) {
                throw new InvalidInputException("adaptive",
                        "adaptive decreaseFactor must be in (0, 1], was " + decreaseFactor);
            }
            if (!(minFactor > 0 && minFactor <= 1)) {
                throw new InvalidInputException("adaptive", "adaptive minFactor must be in (0, 1], was " + minFactor);
            }
            nonNegative(pause, "adaptive pause");
            nonNegative(cooldown, "adaptive cooldown");
            nonNegative(recovery, "adaptive recovery");
        }

        /**
         * Pause 2 s, halve the rate (down to a quarter) for 30 s after the last 429, recover over 30 s. Half a
         * minute covers the per-second and per-minute windows of both APIs; longer cost a 20/s client most of a
         * minute per stray 429 in the benchmark without making it any politer.
         */
        public static Adaptive ofDefaults() {
            return new Adaptive(true, 0.5, 0.25, Duration.ofSeconds(2), Duration.ofSeconds(30),
                    Duration.ofSeconds(30));
        }

        /** No slowdown; only an explicit Retry-After pauses the host. */
        public static Adaptive disabled() {
            return new Adaptive(false, 1.0, 1.0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }

        @Override
        public String toString() {
            return enabled ? "adaptive(x" + decreaseFactor + " min x" + minFactor + ", pause " + pause.toMillis()
                    + "ms, cooldown " + cooldown.toSeconds() + "s, recovery " + recovery.toSeconds() + "s)"
                    : "adaptive(off)";
        }
    }

    /** Validating builder; every setter checks its argument and names it in the message. */
    public static final class Builder {
        private final List<Window> windows = new ArrayList<>();
        private Duration minSpacing = Duration.ZERO;
        private Duration margin = Duration.ofMillis(50);
        private Adaptive adaptive = Adaptive.ofDefaults();

        private Builder() {
        }

        /** Adds a window of {@code permits} per {@code period}. */
        public Builder window(int permits, Duration period) {
            windows.add(new Window(permits, period));
            return this;
        }

        /** Removes every window added so far. */
        public Builder clearWindows() {
            windows.clear();
            return this;
        }

        /** Minimum time between two request starts; zero for none. */
        public Builder minSpacing(Duration spacing) {
            this.minSpacing = nonNegative(spacing, "minSpacing");
            return this;
        }

        /** Safety margin added to every window period; zero for none. */
        public Builder margin(Duration margin) {
            this.margin = nonNegative(margin, "margin");
            return this;
        }

        /** The adaptive slowdown policy. */
        public Builder adaptive(Adaptive adaptive) {
            this.adaptive = Checks.notNull(adaptive, "adaptive");
            return this;
        }

        /** Builds the immutable config. */
        public RateLimitConfig build() {
            return new RateLimitConfig(windows, minSpacing, margin, adaptive);
        }
    }
}
