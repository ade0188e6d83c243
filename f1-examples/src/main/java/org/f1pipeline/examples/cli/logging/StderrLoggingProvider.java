package org.f1pipeline.examples.cli.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j binding of the {@code f1} command and the examples: one line per event on the standard error stream of
 * the moment ({@code HH:mm:ss.SSS LEVEL Name - message}), at the levels {@link LogLevels} reads from the system
 * properties slf4j-simple uses. slf4j finds it by name ({@code -Dslf4j.provider}, as {@code bin/f1.jvmopts} gives
 * it) or through {@code META-INF/services}.
 *
 * <p>Why not slf4j-simple (decision D93): it reads a properties file and builds a {@code SimpleDateFormat} when the
 * first logger is made, which every SQLite command does (sqlite-jdbc logs through slf4j), about 30 ms of a one-shot
 * command's serial start; this binding reads a few system properties and formats a time only for a line it prints.
 */
public final class StderrLoggingProvider implements SLF4JServiceProvider {

    /** The slf4j API version this binding is written against. */
    public static final String API_VERSION = "2.0.99";

    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    /** For slf4j's service lookup. */
    public StderrLoggingProvider() {
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
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
        return API_VERSION;
    }

    @Override
    public void initialize() {
        LogLevels levels = LogLevels.fromSystemProperties();
        Map<String, Logger> made = new ConcurrentHashMap<>();
        loggers = name -> made.computeIfAbsent(name, n -> new StderrLogger(n, levels.of(n)));
        markers = new BasicMarkerFactory();
        mdc = new NOPMDCAdapter();
    }
}
