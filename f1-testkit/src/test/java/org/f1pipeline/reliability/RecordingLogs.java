package org.f1pipeline.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J binding for the test kit's tests that keeps the WARN and ERROR lines the library logs, so a test can
 * assert what a user would see in the log (no ERROR for a job that succeeded, no password in any line). Registered
 * in {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} of the test resources; keeps the last 20,000 lines.
 */
public final class RecordingLogs implements SLF4JServiceProvider {

    /**
     * One logged line.
     *
     * @param level   the level
     * @param logger  the logger's name
     * @param message the formatted message (with the throwable's message appended when there is one)
     */
    public record Line(Level level, String logger, String message) {
    }

    private static final int KEEP = 20_000;
    private static final List<Line> LINES = new ArrayList<>();
    private static int dropped;

    private final ILoggerFactory factory = new Factory();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Every kept line logged since {@code mark} (a value of {@link #mark()}). */
    public static List<Line> since(int mark) {
        synchronized (LINES) {
            int from = Math.max(0, Math.min(mark - dropped, LINES.size()));
            return List.copyOf(LINES.subList(from, LINES.size()));
        }
    }

    /** A position in the log, for {@link #since(int)}. */
    public static int mark() {
        synchronized (LINES) {
            return dropped + LINES.size();
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class Factory implements ILoggerFactory {
        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, Recorder::new);
        }
    }

    private static final class Recorder extends AbstractLogger {
        private static final long serialVersionUID = 1L;

        Recorder(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable t) {
            String text = MessageFormatter.basicArrayFormat(pattern, args);
            if (t != null) {
                text += " | " + t;
            }
            synchronized (LINES) {
                if (LINES.size() >= KEEP) {
                    LINES.subList(0, KEEP / 2).clear();
                    dropped += KEEP / 2;
                }
                LINES.add(new Line(level, name, text));
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return true;
        }
    }
}
