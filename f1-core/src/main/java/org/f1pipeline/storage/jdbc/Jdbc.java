package org.f1pipeline.storage.jdbc;

import java.time.Instant;

/** Small shared helpers of the JDBC base. */
final class Jdbc {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Jdbc() {
    }

    static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // Closing is best effort: the interesting error, if any, is already on its way up.
        }
    }

    /** Rethrows any throwable unchanged (same instance), checked or not, without wrapping it. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException rethrow(Throwable t) throws E {
        throw (E) t;
    }

    /**
     * Instants are stored as epoch nanoseconds in a 64-bit integer: exact (so a stored prediction compares equal to
     * the one written, which matters because {@code computedAt} is part of its key), ordered, and portable. Covers
     * the years 1678 to 2261.
     */
    static long toEpochNanos(Instant instant, String field) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must be between the years 1678 and 2261, was " + instant);
        }
    }

    static Instant fromEpochNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
