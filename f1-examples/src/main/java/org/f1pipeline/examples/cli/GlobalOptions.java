package org.f1pipeline.examples.cli;

import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after the subcommand name ({@code f1 --db x backfill} and
 * {@code f1 backfill --db x} are the same). Precedence for each setting: this option, then the environment, then
 * the config file, then the default.
 */
public final class GlobalOptions {

    @Option(names = "--db", paramLabel = "<url>", scope = ScopeType.INHERIT,
            description = "Database: jdbc:sqlite:<file>, jdbc:postgresql://host/db, memory:, or a plain file path "
                    + "(SQLite). Default: $F1_DB_URL, else database.url in the config, else jdbc:sqlite:f1.db.")
    String db;

    @Option(names = "--config", paramLabel = "<file>", scope = ScopeType.INHERIT,
            description = "YAML config file (default: f1.yaml in the working directory, if present).")
    String config;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Machine-readable JSON on stdout instead of text.")
    boolean json;

    @Option(names = "--offline", scope = ScopeType.INHERIT,
            description = "Serve every request from the response cache; a missing entry fails and is named.")
    boolean offline;

    @Option(names = "--cache-dir", paramLabel = "<dir>", scope = ScopeType.INHERIT,
            description = "Response cache folder (default: cache.dir in the config, else f1-cache).")
    String cacheDir;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT, description = "Do not use a response cache.")
    boolean noCache;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log at INFO (every job, request summary, retries) on stderr; default WARN.")
    boolean verbose;

    @Option(names = "--now", paramLabel = "<instant>", scope = ScopeType.INHERIT,
            description = "Pretend the clock reads this UTC instant, e.g. 2024-07-21T18:00:00Z (replays, tests).")
    Instant now;

    /** Runs against the test kit's fake servers in-process (synthetic data); for trying the CLI offline. */
    @Option(names = "--fake", hidden = true, scope = ScopeType.INHERIT)
    boolean fake;

    /** Latency the fake servers add to every response, e.g. PT0.05S or 50ms (to watch the progress bar). */
    @Option(names = "--fake-latency", hidden = true, scope = ScopeType.INHERIT, converter = DurationConverter.class)
    Duration fakeLatency;

    /** Whether JSON output was asked for. */
    public boolean json() {
        return json;
    }

    /** Whether --verbose was given. */
    public boolean verbose() {
        return verbose;
    }
}
