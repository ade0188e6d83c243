package org.f1pipeline.internal;

import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.RaceKey;

/**
 * The arrays of a {@link LapSummary} without the copies its public API makes: for the storages' codec, which
 * builds a summary from arrays it made and never touches again, and for the model, which only reads them. Why
 * (decision D97): a recompute of 2000-2025 reads some 10,500 summaries; their constructor's copies and the model's
 * copies on reading were about 14 MB of a fresh command's 100 MB of allocations, and every megabyte a fresh JVM
 * touches costs it time. Callers must never write to an array they get or hand over. Internal API.
 */
public final class LapArrays {

    /** What {@link LapSummary} lets this class do; installed by its static initialiser. */
    public interface Access {
        /**
         * One of the summary's own arrays, by component: 0 race laps, 1 tyre life, 2 tyre lap times, 3-5 sectors
         * 1-3.
         */
        int[] array(LapSummary summary, int component);
    }

    private static volatile Access access;
    /** Set while {@link #handOver} runs on this thread: the record's constructor then keeps the arrays. */
    private static final ThreadLocal<boolean[]> HANDING_OVER = ThreadLocal.withInitial(() -> new boolean[1]);

    private LapArrays() {
    }

    /** Called once, by {@link LapSummary}'s static initialiser; refused from anywhere else. */
    public static void install(Access a) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != LapSummary.class || access != null) {
            throw new IllegalStateException("LapArrays is installed once, by LapSummary");
        }
        access = a;
    }

    /**
     * {@code new LapSummary(...)} keeping the arrays given instead of copying them (its checks still run): the
     * caller hands them over and never writes to them again.
     */
    public static LapSummary handOver(RaceKey race, DriverId driver, int[] raceLapsMs, int[] tyreLife,
                                      int[] tyreLapMs, int[] sector1Ms, int[] sector2Ms, int[] sector3Ms,
                                      Double topSpeedKph) {
        boolean[] flag = HANDING_OVER.get();
        flag[0] = true;
        try {
            return new LapSummary(race, driver, raceLapsMs, tyreLife, tyreLapMs, sector1Ms, sector2Ms, sector3Ms,
                    topSpeedKph);
        } finally {
            flag[0] = false;
        }
    }

    /** Whether the summary being made on this thread keeps its arrays ({@link #handOver}). */
    public static boolean handingOver() {
        return HANDING_OVER.get()[0];
    }

    /** The summary's race lap times, not copied: read only. */
    public static int[] raceLapsMs(LapSummary s) {
        return access.array(s, 0);
    }

    /** The summary's tyre lives, not copied: read only. */
    public static int[] tyreLife(LapSummary s) {
        return access.array(s, 1);
    }

    /** The summary's tyre lap times, not copied: read only. */
    public static int[] tyreLapMs(LapSummary s) {
        return access.array(s, 2);
    }

    /** The summary's sector {@code n} (1-3) times, not copied: read only. */
    public static int[] sectorMs(LapSummary s, int n) {
        if (n < 1 || n > 3) {
            throw new IllegalArgumentException("sector " + n);
        }
        return access.array(s, 2 + n);
    }
}
