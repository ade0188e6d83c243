package org.f1pipeline.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall-clock time of the named phases of one call, for benchmarks: the code marks the end of each phase with
 * {@link #mark}, which charges the time since the previous mark to that phase when the calling thread is recording
 * ({@link #record}) and does nothing otherwise (one thread-local read). Phases marked more than once add up.
 * Internal API; a recording is used by one thread.
 */
public final class PhaseTimes {

    private static final ThreadLocal<PhaseTimes> CURRENT = new ThreadLocal<>();

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    private PhaseTimes() {
    }

    /** Starts recording the calling thread's phases; the clock starts now. */
    public static PhaseTimes record() {
        PhaseTimes times = new PhaseTimes();
        CURRENT.set(times);
        return times;
    }

    /** Charges the time since the previous mark (or the start) to {@code phase}, if the thread is recording. */
    public static void mark(String phase) {
        PhaseTimes times = CURRENT.get();
        if (times != null) {
            long now = System.nanoTime();
            times.nanos.merge(phase, now - times.last, Long::sum);
            times.last = now;
        }
    }

    /**
     * Stops recording, charges the time since the last mark to {@code rest}, and returns the nanoseconds per phase
     * in the order the phases were first marked.
     */
    public Map<String, Long> stop(String rest) {
        mark(rest);
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }
}
