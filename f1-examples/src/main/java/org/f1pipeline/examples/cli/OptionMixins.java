package org.f1pipeline.examples.cli;

import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The shared options, in groups that a command mixes in when they apply to it: {@code predict} takes
 * {@link Database}, {@link Config}, {@link Json} and {@link Verbose} but not {@link Fetching} (it never fetches);
 * {@code cache info} takes {@link Config} and {@link CacheDir} but no {@code --db}. The values end up in the run's
 * {@link GlobalOptions}, whichever command declared them.
 *
 * <p>A new subcommand declares the groups it needs with {@code @Mixin}; one that declares none gets
 * {@link All} (every shared option), as every command did before the options were scoped.
 */
final class OptionMixins {

    private OptionMixins() {
    }

    /** Marks the option groups, so that {@link F1Cli} can tell a command that declared its options. */
    interface Shared {
    }

    /** Marks a command that takes none of the shared options on purpose (e.g. {@code help}). */
    interface Scoped {
    }

    /** {@code --db}: the database of commands that read or write the configured database. */
    static final class Database implements Shared {
        @Option(names = "--db", paramLabel = "<url>",
                description = "Database: jdbc:sqlite:<file>, jdbc:postgresql://host/db, memory:, or a plain file path"
                        + " (SQLite). Default: $F1_DB_URL, else database.url in the config, else jdbc:sqlite:f1.db.")
        String db;
    }

    /** {@code --config}: the YAML config file. */
    static final class Config implements Shared {
        @Option(names = "--config", paramLabel = "<file>",
                description = "YAML config file (default: f1.yaml in the working directory, if present).")
        String config;
    }

    /** {@code --json}: machine-readable output. */
    static final class Json implements Shared {
        @Option(names = "--json", description = "Machine-readable JSON on stdout instead of text.")
        boolean json;
    }

    /** {@code -v, --verbose}: INFO logging. */
    static final class Verbose implements Shared {
        @Option(names = {"-v", "--verbose"},
                description = "Log at INFO (every job, request summary, retries) on stderr; default WARN.")
        boolean verbose;
    }

    /** {@code --now}: the clock, for commands whose decisions depend on the date. */
    static final class Clock implements Shared {
        @Option(names = "--now", paramLabel = "<instant>",
                description = "Pretend the clock reads this UTC instant, e.g. 2024-07-21T18:00:00Z (replays, tests).")
        Instant now;
    }

    /** {@code --cache-dir}: the response cache folder. */
    static final class CacheDir implements Shared {
        @Option(names = "--cache-dir", paramLabel = "<dir>",
                description = "Response cache folder (default: cache.dir in the config, else f1-cache).")
        String cacheDir;
    }

    /** What commands that fetch from the APIs take: the cache, offline mode, and the hidden fake servers. */
    static final class Fetching implements Shared {
        @Mixin
        CacheDir cacheDir = new CacheDir();

        @Option(names = "--no-cache", description = "Do not use a response cache.")
        boolean noCache;

        @Option(names = "--offline",
                description = "Serve every request from the response cache; a missing entry fails and is named.")
        boolean offline;

        /** Runs against the test kit's fake servers in-process (synthetic data); for trying the CLI offline. */
        @Option(names = "--fake", hidden = true)
        boolean fake;

        /** Latency the fake servers add to every response, e.g. PT0.05S or 50ms (to watch the progress bar). */
        @Option(names = "--fake-latency", hidden = true, converter = DurationConverter.class)
        Duration fakeLatency;
    }

    /** Every shared option: the top level ({@code --job}) and the commands that run jobs. */
    static final class All implements Shared {
        @Mixin
        Database database = new Database();
        @Mixin
        Config config = new Config();
        @Mixin
        Json json = new Json();
        @Mixin
        Fetching fetching = new Fetching();
        @Mixin
        Verbose verbose = new Verbose();
        @Mixin
        Clock clock = new Clock();
    }
}
