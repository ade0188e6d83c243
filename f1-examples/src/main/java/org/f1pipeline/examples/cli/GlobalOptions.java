package org.f1pipeline.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The values of the shared options ({@code --db}, {@code --config}, {@code --json}, ...) of one run, whichever
 * command declared them. Each command declares only the options that mean something to it ({@link OptionMixins});
 * after parsing, {@link #collect(ParseResult)} copies what was given on the command line into this one object, which
 * the commands read. An option given before the subcommand name ({@code f1 --db x backfill}) counts as given to the
 * subcommand, provided the subcommand declares it (see {@link #misplaced(ParseResult)}). Precedence for each
 * setting: this option, then the environment, then the config file, then the default.
 */
public final class GlobalOptions {

    /** The long names of the shared options, as declared in {@link OptionMixins}. */
    static final Set<String> NAMES = Set.of("--db", "--config", "--json", "--offline", "--cache-dir", "--no-cache",
            "--verbose", "--now", "--fake", "--fake-latency");

    String db;
    String config;
    boolean json;
    boolean offline;
    String cacheDir;
    boolean noCache;
    boolean verbose;
    Instant now;
    /** Runs against the test kit's fake servers in-process (synthetic data); for trying the CLI offline. */
    boolean fake;
    /** Latency the fake servers add to every response, e.g. PT0.05S or 50ms (to watch the progress bar). */
    Duration fakeLatency;

    /** Whether JSON output was asked for. */
    public boolean json() {
        return json;
    }

    /** Whether --verbose was given. */
    public boolean verbose() {
        return verbose;
    }

    /** Copies every shared option matched anywhere in the parse (top level first, then each subcommand). */
    void collect(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec option : p.matchedOptions()) {
                set(option.longestName(), option.getValue());
            }
        }
    }

    /**
     * The shared options given to a command that does not declare them, e.g. {@code --offline} before
     * {@code demo}: given on the top level (where {@code --job} accepts them all) but not declared by the subcommand
     * that runs. Empty when the top level itself runs.
     */
    static Set<String> misplaced(ParseResult parsed) {
        ParseResult leaf = parsed;
        while (leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        Set<String> out = new LinkedHashSet<>();
        if (leaf == parsed) {
            return out;
        }
        for (ParseResult p = parsed; p != leaf; p = p.subcommand()) {
            for (OptionSpec option : p.matchedOptions()) {
                if (NAMES.contains(option.longestName())
                        && leaf.commandSpec().findOption(option.longestName()) == null) {
                    out.add(option.longestName());
                }
            }
        }
        return out;
    }

    private void set(String name, Object value) {
        switch (name) {
            case "--db" -> db = (String) value;
            case "--config" -> config = (String) value;
            case "--json" -> json = Boolean.TRUE.equals(value);
            case "--offline" -> offline = Boolean.TRUE.equals(value);
            case "--cache-dir" -> cacheDir = (String) value;
            case "--no-cache" -> noCache = Boolean.TRUE.equals(value);
            case "--verbose" -> verbose = Boolean.TRUE.equals(value);
            case "--now" -> now = (Instant) value;
            case "--fake" -> fake = Boolean.TRUE.equals(value);
            case "--fake-latency" -> fakeLatency = (Duration) value;
            default -> {
                // a command's own option (--year, --top, ...): not shared
            }
        }
    }
}
