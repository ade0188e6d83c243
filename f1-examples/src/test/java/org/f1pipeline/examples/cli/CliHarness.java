package org.f1pipeline.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the {@code f1} program in-process against the fake servers: a working folder, a config file pointing every
 * source at the fake with no client rate limits and a single attempt per request (so a fault fails at once instead
 * of backing off on real time), a database file, and a fixed clock ({@code --now}).
 */
final class CliHarness {

    /** The demo's "today": rounds 1-12 of 2024 are done. */
    static final Instant TODAY = SyntheticHistory.DEMO_TODAY;

    final FakeF1Api fake;
    final Path dir;
    final Path db;
    final Path config;
    Instant now = TODAY;

    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {

        /** Non-empty stderr lines. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    CliHarness(FakeF1Api fake, Path dir) {
        this.fake = fake;
        this.dir = dir;
        this.db = dir.resolve("f1.db");
        this.config = dir.resolve("f1-test.yaml");
        write(config, String.join("\n",
                "# written by CliHarness: every source on the in-process fake, no client limits",
                "api:",
                "  max_workers: 4",
                "  retry_attempts: 1",
                "  sources:",
                "    jolpica: {base_url: '" + fake.jolpicaBaseUrl() + "', limits: unlimited}",
                "    openf1: {base_url: '" + fake.openF1BaseUrl() + "', limits: unlimited}",
                "    livetiming: {base_url: '" + fake.liveTimingBaseUrl() + "', limits: unlimited}",
                "cache:",
                "  dir: cache",
                "progress:",
                "  interval: 1h",
                ""));
    }

    /**
     * Runs {@code f1 args... --config <test config> --db <db> --now <now>}, each of the three only when the command
     * takes it (e.g. {@code cache info} has no {@code --db}, {@code predict} no {@code --now}).
     */
    Result run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        CommandSpec target = target(args);
        for (String[] option : List.of(new String[] {"--config", config.toString()},
                new String[] {"--db", db.toString()}, new String[] {"--now", now.toString()})) {
            if (target.findOption(option[0]) != null) {
                all.addAll(List.of(option));
            }
        }
        return raw(all.toArray(String[]::new));
    }

    /** The command that {@code args} run: the last leading word that names a subcommand. */
    static CommandSpec target(String... args) {
        CommandLine cmd = F1Cli.commandLine(CliContext.of(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of(), Path.of("")));
        for (String arg : args) {
            CommandLine sub = cmd.getSubcommands().get(arg);
            if (sub == null) {
                break;
            }
            cmd = sub;
        }
        return cmd.getCommandSpec();
    }

    /** Runs exactly {@code args}, in {@link #dir}, with an empty environment. */
    Result raw(String... args) {
        return rawWithEnv(Map.of(), args);
    }

    /** Runs exactly {@code args}, in {@link #dir}, with the given environment variables. */
    Result rawWithEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = CliContext.of(new PrintWriter(out, true), new PrintWriter(err, true), env, dir);
        int exit = F1Cli.run(ctx, args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Opens the test database (close it before the next run). */
    Storage open() {
        return SqliteStorage.open(db);
    }

    /** SHA-256 of the database file, or "absent": proves that a command wrote nothing. */
    String fingerprint() {
        if (!Files.exists(db)) {
            return "absent";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a prepared database into place (tests that start from a backfilled season). */
    void useDatabase(Path template) {
        try {
            Files.copy(template, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends YAML to the test config (e.g. a database section). */
    void appendConfig(String yaml) {
        try {
            Files.writeString(config, yaml, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
