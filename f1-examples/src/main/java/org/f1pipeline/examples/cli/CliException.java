package org.f1pipeline.examples.cli;

/**
 * A problem the command line reports with one clear line and a specific exit code, instead of a stack trace: bad
 * usage ({@link ExitCodes#USAGE}) or data that is not available yet ({@link ExitCodes#NOT_AVAILABLE}).
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad usage (exit 2): the message names the problem and the fix. */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message, null);
    }

    /** Bad usage (exit 2) caused by {@code cause}. */
    public static CliException usage(String message, Throwable cause) {
        return new CliException(ExitCodes.USAGE, message, cause);
    }

    /** Nothing to do yet (exit 3): the message says what is missing and when to retry. */
    public static CliException notAvailable(String message) {
        return new CliException(ExitCodes.NOT_AVAILABLE, message, null);
    }

    /** The exit code the program ends with. */
    public int exitCode() {
        return exitCode;
    }
}
