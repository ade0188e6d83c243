package org.f1pipeline.logcapture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;

/**
 * What the library logged while a capture was open, as an embedder's log setup would receive it. f1-core's tests run
 * with {@link CapturingServiceProvider} as the SLF4J binding; lines logged outside a capture are dropped.
 *
 * <pre>{@code
 * try (CapturedLogs logs = CapturedLogs.start()) {
 *     ... run the code ...
 *     assertThat(logs.atLeast(Level.WARN)).isEmpty();
 * }
 * }</pre>
 */
public final class CapturedLogs implements AutoCloseable {

    /** One logged line: level, logger name and the formatted message. */
    public record Line(Level level, String logger, String message, Throwable error) {
        @Override
        public String toString() {
            return level + " " + logger + " " + message;
        }
    }

    private static volatile CapturedLogs current;

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
    }

    /** Starts capturing every line at every level, from every thread; one capture at a time. */
    public static synchronized CapturedLogs start() {
        if (current != null) {
            throw new IllegalStateException("a log capture is already open");
        }
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof CapturingServiceProvider.Factory)) {
            throw new IllegalStateException("SLF4J is not bound to the capturing provider: "
                    + org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
        }
        current = new CapturedLogs();
        return current;
    }

    static void record(Line line) {
        CapturedLogs capture = current;
        if (capture != null) {
            capture.lines.add(line);
        }
    }

    /** Every line captured so far, in order. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines at {@code level} or more severe (ERROR is the most severe). */
    public List<Line> atLeast(Level level) {
        return lines.stream().filter(l -> l.level().toInt() >= level.toInt()).toList();
    }

    @Override
    public void close() {
        synchronized (CapturedLogs.class) {
            if (current == this) {
                current = null;
            }
        }
    }
}
