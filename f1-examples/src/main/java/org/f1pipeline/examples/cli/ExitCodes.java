package org.f1pipeline.examples.cli;

/**
 * The exit codes of the {@code f1} program. Schedulers (cron, Render, systemd timers) tell "retry later" (3) from a
 * real failure (1) and from a broken command line (2, which no retry fixes).
 */
public final class ExitCodes {

    /** Everything asked for was done (or there was nothing to do yet in auto mode). */
    public static final int OK = 0;
    /** A job failed; its JSON failure line is on stderr. */
    public static final int FAILED = 1;
    /** Bad usage: unknown job, missing or out-of-range argument, unreadable config, unreachable database. */
    public static final int USAGE = 2;
    /** The data is not published yet (a future session, results not released): run again later. */
    public static final int NOT_AVAILABLE = 3;

    private ExitCodes() {
    }
}
