package org.f1pipeline.examples.cli.logging;

import java.io.PrintStream;
import java.time.LocalTime;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger of {@link StderrLoggingProvider}: events at or above its threshold become one line on
 * {@link System#err} as it is when the event happens (the CLI's progress bar swaps the stream), the time of day
 * first, then the level, the logger's short name (after its last dot) and the message with its {@code {}}
 * arguments; a throwable's stack trace follows the line. Thread-safe: a line is written with one call.
 */
final class StderrLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    static final int TRACE = Level.TRACE.toInt();
    static final int DEBUG = Level.DEBUG.toInt();
    static final int INFO = Level.INFO.toInt();
    static final int WARN = Level.WARN.toInt();
    static final int ERROR = Level.ERROR.toInt();

    private final int threshold;
    private final String shortName;

    StderrLogger(String name, int threshold) {
        this.name = name;
        this.threshold = threshold;
        this.shortName = name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public boolean isTraceEnabled() {
        return TRACE >= threshold;
    }

    @Override
    public boolean isDebugEnabled() {
        return DEBUG >= threshold;
    }

    @Override
    public boolean isInfoEnabled() {
        return INFO >= threshold;
    }

    @Override
    public boolean isWarnEnabled() {
        return WARN >= threshold;
    }

    @Override
    public boolean isErrorEnabled() {
        return ERROR >= threshold;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                                               Throwable throwable) {
        PrintStream err = System.err;
        err.print(line(LocalTime.now(), level, MessageFormatter.basicArrayFormat(message, arguments)));
        if (throwable != null) {
            throwable.printStackTrace(err);
        }
        err.flush();
    }

    /** {@code HH:mm:ss.SSS LEVEL ShortName - text} and a line break. */
    String line(LocalTime time, Level level, String text) {
        StringBuilder b = new StringBuilder(32 + shortName.length() + (text == null ? 4 : text.length()));
        two(b, time.getHour()).append(':');
        two(b, time.getMinute()).append(':');
        two(b, time.getSecond()).append('.');
        int millis = time.getNano() / 1_000_000;
        b.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
        return b.append(' ').append(level).append(' ').append(shortName).append(" - ").append(text)
                .append(System.lineSeparator()).toString();
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
