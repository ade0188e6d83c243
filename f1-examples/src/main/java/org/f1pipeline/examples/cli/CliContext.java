package org.f1pipeline.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the program gets from its surroundings: where human output and errors go, the environment variables, the
 * working directory (relative paths such as {@code f1.db} resolve against it), and whether a person is watching a
 * terminal (live progress bar) or the output goes to a file or pipe (plain periodic lines). Tests build one with
 * string writers and a temporary folder, so the whole program runs in-process.
 *
 * @param out        human output (or JSON with {@code --json})
 * @param err        errors, failure lines and the progress bar
 * @param env        environment variables ({@code F1_DB_URL}, config placeholders)
 * @param workingDir the folder relative paths are resolved against
 * @param terminal   whether output goes to an interactive terminal
 * @param stderr     the process's real standard error, wrapped while a progress bar is drawn so that log lines do
 *                   not garble it; null in tests
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir,
                         boolean terminal, PrintStream stderr) {

    /** Checks the fields and freezes the environment. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        workingDir = Objects.requireNonNull(workingDir, "workingDir").toAbsolutePath();
    }

    /** The real process: standard streams, the process environment, the current folder, TTY detection. */
    public static CliContext system() {
        Charset charset = Charset.defaultCharset();
        return new CliContext(new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true), System.getenv(),
                Path.of("").toAbsolutePath(), System.console() != null, System.err);
    }

    /** A context for tests and embedding: the given writers, environment and folder; no terminal. */
    public static CliContext of(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {
        return new CliContext(out, err, env, workingDir, false, null);
    }

    /** The same context, claiming (or not) to be a terminal. */
    public CliContext withTerminal(boolean isTerminal) {
        return new CliContext(out, err, env, workingDir, isTerminal, stderr);
    }

    /** {@code path} resolved against the working directory (absolute paths stay as they are). */
    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }

    /** An environment variable, or null. */
    public String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
