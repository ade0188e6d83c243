package org.f1pipeline.fetch.internal;

import java.time.Duration;
import java.util.List;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RateLimiter;
import org.f1pipeline.fetch.Sleeper;
import org.f1pipeline.fetch.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact multi-window limiter: each window holds {@code permits} tokens and a token spent at t returns at
 * t + period + margin, so any interval of one period sees at most {@code permits} starts. Implemented as one ring
 * of the last {@code permits} reserved start times per window; a new start is the earliest time at which every
 * window's oldest token has returned, the pause after a 429 is over and the minimum spacing is kept. Reservations
 * are handed out in order under one lock, so concurrent callers can never overbook a window, and the caller then
 * sleeps exactly until its reserved time.
 *
 * <p>With a state file ({@link SharedWindows}) the same placement is also made against the starts of every other
 * process and limiter instance that shares the file, so that all of them together respect the host's windows; the
 * shared times are on the injected wall clock and converted to this limiter's ticker at each reservation.
 */
public final class TokenBucketRateLimiter implements RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(TokenBucketRateLimiter.class);

    private final String name;
    private final RateLimitConfig config;
    private final Ticker ticker;
    private final Sleeper sleeper;
    private final long[] periodNanos;
    private final long[][] rings;
    private final int[] next;
    private final int[] used;
    private final long spacingNanos;
    private final long debounceNanos;
    private final SharedWindows shared;
    private final java.time.Clock clock;

    private boolean anyAdmitted;
    private long lastStart;
    private boolean paused;
    private long pausedUntil;
    private boolean slowed;
    private long slowedAt;
    private double slowFactor = 1.0;

    /** Use {@link RateLimiter#of}. */
    public TokenBucketRateLimiter(String name, RateLimitConfig config, Ticker ticker, Sleeper sleeper) {
        this(name, config, ticker, sleeper, null, null);
    }

    /**
     * Use {@link RateLimiter#shared}.
     *
     * @param stateFile the shared state file, or null for a limiter of this instance alone
     * @param clock     the wall clock the shared times are on (required with a state file)
     */
    public TokenBucketRateLimiter(String name, RateLimitConfig config, Ticker ticker, Sleeper sleeper,
                                  java.nio.file.Path stateFile, java.time.Clock clock) {
        this.name = name;
        this.config = config;
        this.ticker = ticker;
        this.sleeper = sleeper;
        List<RateLimitConfig.Window> windows = config.windows();
        this.periodNanos = new long[windows.size()];
        this.rings = new long[windows.size()][];
        this.next = new int[windows.size()];
        this.used = new int[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            periodNanos[i] = windows.get(i).period().plus(config.margin()).toNanos();
            rings[i] = new long[windows.get(i).permits()];
        }
        this.spacingNanos = config.minSpacing().toNanos();
        // One burst of 429s (all in-flight requests refused together) must count as one signal.
        this.debounceNanos = Math.max(config.adaptive().pause().toNanos(), Duration.ofSeconds(1).toNanos());
        this.clock = clock;
        if (stateFile == null) {
            this.shared = null;
        } else {
            int capacity = 1;
            long horizon = 0;
            for (int i = 0; i < rings.length; i++) {
                capacity = Math.max(capacity, rings[i].length);
                horizon = Math.max(horizon, periodNanos[i]);
            }
            this.shared = new SharedWindows(stateFile, java.util.Objects.requireNonNull(clock, "clock"), capacity,
                    Math.max(horizon, Duration.ofMinutes(1).toNanos()));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration acquire() throws InterruptedException {
        long at = reserveAt();
        long wait = at - ticker.nanoTime();
        if (wait <= 0) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofNanos(wait);
        sleeper.sleep(d);
        return d;
    }

    @Override
    public synchronized long reserveAt() {
        long now = ticker.nanoTime();
        double factor = factor(now);
        long t = now;
        if (paused) {
            t = Math.max(t, pausedUntil);
        }
        if (anyAdmitted) {
            // Never hand out a start before an earlier reservation: keeps every ring sorted (oldest at next[i]).
            t = Math.max(t, lastStart + scale(spacingNanos, factor));
        }
        for (int i = 0; i < rings.length; i++) {
            if (used[i] == rings[i].length) {
                t = Math.max(t, rings[i][next[i]] + scale(periodNanos[i], factor));
            }
        }
        if (shared != null) {
            t = reserveShared(t, now, factor);
        }
        for (int i = 0; i < rings.length; i++) {
            rings[i][next[i]] = t;
            next[i] = (next[i] + 1) % rings[i].length;
            used[i] = Math.min(used[i] + 1, rings[i].length);
        }
        anyAdmitted = true;
        lastStart = t;
        return t;
    }

    /** Places the start against every process's recent starts too; {@code t} is the local answer (ticker ns). */
    private long reserveShared(long t, long now, double factor) {
        long offset = SharedWindows.epochNanos(clock.instant()) - now;
        long wall = shared.reserve((wallNow, starts, count, pausedUntil) -> {
            long w = t + offset;
            if (pausedUntil != Long.MIN_VALUE) {
                w = Math.max(w, pausedUntil);
            }
            if (count > 0) {
                // Never before the latest start of any process: keeps the shared list sorted (FIFO across them).
                w = Math.max(w, starts[count - 1] + scale(spacingNanos, factor));
            }
            for (int i = 0; i < rings.length; i++) {
                int permits = rings[i].length;
                if (count >= permits) {
                    w = Math.max(w, starts[count - permits] + scale(periodNanos[i], factor));
                }
            }
            return w;
        });
        return wall == Long.MIN_VALUE ? t : Math.max(t, wall - offset);
    }

    @Override
    public synchronized void onThrottled(Duration retryAfter) {
        long now = ticker.nanoTime();
        RateLimitConfig.Adaptive adaptive = config.adaptive();
        Duration pause = retryAfter != null ? retryAfter : adaptive.enabled() ? adaptive.pause() : Duration.ZERO;
        if (!pause.isZero() && !pause.isNegative()) {
            long until = now + pause.toNanos();
            pausedUntil = paused ? Math.max(pausedUntil, until) : until;
            paused = true;
            if (shared != null) {
                shared.pause(SharedWindows.epochNanos(clock.instant()) + pause.toNanos());
            }
        }
        if (!adaptive.enabled()) {
            return;
        }
        double current = factor(now);
        boolean freshSignal = !slowed || now - slowedAt >= debounceNanos;
        double target = freshSignal ? Math.max(adaptive.minFactor(), current * adaptive.decreaseFactor()) : current;
        slowed = true;
        slowedAt = now;
        slowFactor = Math.min(target, current);
        LOG.info("Slowing down requests to {}: rate x{} for {} s after a 429", name,
                String.format(java.util.Locale.ROOT, "%.3f", slowFactor), adaptive.cooldown().toSeconds());
    }

    @Override
    public synchronized double rateFactor() {
        return factor(ticker.nanoTime());
    }

    /** Rate multiplier at {@code now}: the slow factor during cooldown, then a linear climb back to 1. */
    private double factor(long now) {
        if (!slowed) {
            return 1.0;
        }
        long since = now - slowedAt;
        long cooldown = config.adaptive().cooldown().toNanos();
        long recovery = config.adaptive().recovery().toNanos();
        if (since < cooldown) {
            return slowFactor;
        }
        if (since < cooldown + recovery) {
            double progress = (double) (since - cooldown) / recovery;
            return slowFactor + (1.0 - slowFactor) * progress;
        }
        slowed = false;
        slowFactor = 1.0;
        return 1.0;
    }

    /** A period stretched by 1/factor; factor is in (0, 1], so windows only ever get longer, never shorter. */
    private static long scale(long nanos, double factor) {
        return factor >= 1.0 ? nanos : (long) Math.ceil(nanos / factor);
    }

    @Override
    public String toString() {
        return "TokenBucketRateLimiter[" + name + ", " + config + "]";
    }
}
