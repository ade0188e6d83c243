package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start times of one host's recent requests in a small file, shared by every process on the machine (and every
 * limiter instance in this one) that uses the same cache folder, so consecutive cron runs and parallel processes
 * together stay within the host's windows: an hourly budget is one budget, not one per process.
 *
 * <p>The file holds the last {@code capacity} start times (wall-clock epoch nanoseconds from the injected
 * {@link Clock}, never later than each other: a start is never placed before the latest one) and the end of a
 * pause a 429 asked for. Every reservation reads it, places the new start at the earliest instant at which each
 * window's oldest start has left the window, appends it and writes the file back (temporary file and atomic
 * rename), all under an exclusive lock on a sibling {@code .lock} file ({@link FileChannel#lock()}, which the
 * operating system releases when a process dies) plus a JVM-wide lock, because file locks do not exclude threads
 * of the same process. A missing, foreign or corrupted file, or one whose times lie absurdly far in the future (a
 * clock that jumped back), counts as empty: the worst case is one window's worth of extra requests. Internal API.
 */
final class SharedWindows {

    private static final Logger LOG = LoggerFactory.getLogger(SharedWindows.class);
    private static final long MAGIC = 0x46314c494d495431L; // "F1LIMIT1"
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final Clock clock;
    private final int capacity;
    private final long horizonNanos;
    private volatile boolean warned;

    /**
     * Creates the shared state.
     *
     * @param file         the state file (its folder is created when needed)
     * @param clock        wall clock; the times in the file are on it
     * @param capacity     how many recent starts to keep: the largest window's permits
     * @param horizonNanos the longest window period; times further ahead than twice this are discarded
     */
    SharedWindows(Path file, Clock clock, int capacity, long horizonNanos) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.clock = clock;
        this.capacity = capacity;
        this.horizonNanos = horizonNanos;
    }

    /** The place a reservation is fitted into: the starts so far (oldest first) and the pause end. */
    interface Fit {
        /**
         * The start to reserve.
         *
         * @param wallNow     now on the wall clock, epoch ns
         * @param starts      recent starts, oldest first (epoch ns)
         * @param count       how many entries of {@code starts} are used
         * @param pausedUntil end of the pause a 429 asked for (epoch ns), or {@link Long#MIN_VALUE}
         * @return the start to reserve, epoch ns, not before the latest start
         */
        long place(long wallNow, long[] starts, int count, long pausedUntil);
    }

    /**
     * Reserves a start under the file lock.
     *
     * @param fit where to place it, given the shared history
     * @return the reserved start, epoch ns on the wall clock; or {@link Long#MIN_VALUE} when the state file could
     *         not be used (the caller then relies on its own windows alone)
     */
    long reserve(Fit fit) {
        return locked(() -> {
            long now = epochNanos(clock.instant());
            State s = read(now);
            long start = fit.place(now, s.starts, s.count, s.pausedUntil);
            if (s.count == capacity) {
                System.arraycopy(s.starts, 1, s.starts, 0, capacity - 1);
                s.count--;
            }
            s.starts[s.count++] = start;
            write(s);
            return start;
        });
    }

    /** Records a pause every process must observe (a 429 with Retry-After), until {@code untilEpochNanos}. */
    void pause(long untilEpochNanos) {
        locked(() -> {
            State s = read(epochNanos(clock.instant()));
            if (untilEpochNanos > s.pausedUntil) {
                s.pausedUntil = untilEpochNanos;
                write(s);
            }
            return 0L;
        });
    }

    /** Wall-clock epoch nanoseconds of {@code instant}. */
    static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private interface Work {
        long run() throws IOException;
    }

    private long locked(Work work) {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        jvm.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return work.run();
            }
        } catch (IOException e) {
            if (!warned) {
                // Once per limiter: a read-only cache folder would otherwise log on every request.
                warned = true;
                LOG.warn("Cannot use the shared rate-limit state {} ({}); this process keeps its own windows", file,
                        e.toString());
            }
            return Long.MIN_VALUE;
        } finally {
            jvm.unlock();
        }
    }

    private static final class State {
        final long[] starts;
        int count;
        long pausedUntil = Long.MIN_VALUE;

        State(int capacity) {
            starts = new long[capacity];
        }
    }

    private State read(long now) throws IOException {
        State s = new State(capacity);
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return s;
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        if (data.length < 28 || b.getLong() != MAGIC) {
            return discard(s, "not a rate-limit state file");
        }
        int n = b.getInt();
        long paused = b.getLong();
        if (n < 0 || data.length != 28 + 8L * n) {
            return discard(s, "truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(data, 0, 20 + 8 * n);
        b.position(20 + 8 * n);
        if (b.getLong() != crc.getValue()) {
            return discard(s, "checksum mismatch");
        }
        b.position(20);
        int skip = Math.max(0, n - capacity);
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long t = b.getLong();
            if (i >= skip) {
                s.starts[s.count++] = t;
                last = t;
            }
        }
        s.pausedUntil = paused;
        long limit = now + 2 * horizonNanos;
        if (last > limit || (paused != Long.MIN_VALUE && paused > limit)) {
            return discard(new State(capacity), "times far in the future (did the clock jump back?)");
        }
        return s;
    }

    private State discard(State empty, String why) {
        LOG.warn("Ignoring the shared rate-limit state {}: {}", file, why);
        return empty;
    }

    private void write(State s) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(28 + 8 * s.count);
        b.putLong(MAGIC).putInt(s.count).putLong(s.pausedUntil);
        for (int i = 0; i < s.count; i++) {
            b.putLong(s.starts[i]);
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, 20 + 8 * s.count);
        b.putLong(crc.getValue());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, b.array());
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
