package org.f1pipeline.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.f1pipeline.F1Exception;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.examples.FakeSources;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.storage.SchemaVersionException;
import org.f1pipeline.storage.StorageBusyException;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * One run's resources: the config, the clock, the storage and the pipeline (and, with the hidden {@code --fake},
 * the in-process fake servers). Opening is the last step of a command, after every argument was checked, so bad
 * usage never creates or touches a database.
 */
final class CliSession implements AutoCloseable {

    static final String DEFAULT_DB = "jdbc:sqlite:f1.db";
    static final String DEFAULT_CACHE = "f1-cache";
    private static final String SQLITE = "jdbc:sqlite:";

    final CliConfig config;
    final Clock clock;
    final String dbUrl;
    final Storage storage;
    private final Supplier<F1Pipeline> factory;
    private final FakeF1Api fake;
    private F1Pipeline pipeline;

    private CliSession(CliConfig config, Clock clock, String dbUrl, Storage storage, Supplier<F1Pipeline> factory,
                       FakeF1Api fake) {
        this.config = config;
        this.clock = clock;
        this.dbUrl = dbUrl;
        this.storage = storage;
        this.factory = factory;
        this.fake = fake;
    }

    /** A session over an open storage and a ready pipeline (tests that inject job handlers). */
    static CliSession of(CliConfig config, Clock clock, Storage storage, F1Pipeline pipeline) {
        return new CliSession(config, clock, storage.describe(), storage, () -> pipeline, null);
    }

    /**
     * The pipeline, built on first use: the response cache folder and the fetcher only come into being when a
     * command is about to run a job, not when it stops earlier on bad input.
     */
    F1Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = factory.get();
        }
        return pipeline;
    }

    /** The config file: {@code --config}, else {@code f1.yaml} in the working directory if present, else defaults. */
    static CliConfig config(CliContext ctx, GlobalOptions g) {
        if (g.config != null) {
            return CliConfig.load(ctx.resolve(g.config), ctx.env());
        }
        Path implicit = ctx.resolve("f1.yaml");
        return Files.isRegularFile(implicit) ? CliConfig.load(implicit, ctx.env()) : CliConfig.ofDefaults();
    }

    /** The clock: {@code --now}, else the demo's "today" with {@code --fake}, else the system clock (UTC). */
    static Clock clock(GlobalOptions g) {
        if (g.now != null) {
            return Clock.fixed(g.now, ZoneOffset.UTC);
        }
        return g.fake ? Clock.fixed(SyntheticHistory.DEMO_TODAY, ZoneOffset.UTC) : Clock.systemUTC();
    }

    /** The database URL: {@code --db}, {@code F1_DB_URL}, {@code database.url}, or {@code jdbc:sqlite:f1.db}. */
    static String dbUrl(CliContext ctx, GlobalOptions g, CliConfig config) {
        String url = g.db != null ? g.db : ctx.env("F1_DB_URL") != null ? ctx.env("F1_DB_URL")
                : config.dbUrl() != null ? config.dbUrl() : DEFAULT_DB;
        url = url.trim();
        if (!url.startsWith("jdbc:") && !url.equals("memory:")) {
            url = SQLITE + url;
        }
        Path file = sqliteFile(url);
        if (file != null && !file.isAbsolute()) {
            String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
            url = SQLITE + ctx.resolve(file.toString()) + query;
        }
        return url;
    }

    /** The file of an SQLite URL, or null for in-memory databases and other engines. */
    static Path sqliteFile(String url) {
        if (!url.startsWith(SQLITE)) {
            return null;
        }
        String location = url.substring(SQLITE.length()).split("\\?", 2)[0];
        if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith("file:")) {
            return null;
        }
        return Path.of(location);
    }

    /**
     * Opens the storage and builds the pipeline.
     *
     * @param mustExist when not null, an SQLite file that does not exist yet is refused with this hint instead of
     *                  being created (commands that only read)
     * @throws CliException (usage) when the database cannot be opened, naming it without password and the fix
     */
    static CliSession open(CliContext ctx, GlobalOptions g, CliConfig config, String mustExist) {
        Clock clock = clock(g);
        String url = dbUrl(ctx, g, config);
        Path file = sqliteFile(url);
        if (mustExist != null && file != null && !Files.exists(file)) {
            throw CliException.usage("database " + file + " does not exist; " + mustExist);
        }
        FetchConfig.Builder fetch = config.fetch().toBuilder().cache(cache(ctx, g, config));
        checkOffline(ctx, g, config);
        FakeF1Api fake = null;
        if (g.fake) {
            fake = FakeF1Api.start(FakeF1Options.builder().asOf(clock.instant()).build());
            if (g.fakeLatency != null) {
                fake.faults().latency(g.fakeLatency);
            }
            FakeSources.pointAt(fetch, fake);
        }
        Storage storage;
        try {
            storage = Storages.open(url, config.dbOptions());
        } catch (StorageBusyException e) {
            if (fake != null) {
                fake.close();
            }
            // Locked by another process while opening (migrating): not bad usage, just "run again later".
            throw e;
        } catch (RuntimeException e) {
            if (fake != null) {
                fake.close();
            }
            throw cannotOpen(url, config.dbOptions(), e);
        }
        PipelineConfig pc = PipelineConfig.ofDefaults().toBuilder().yearsAhead(config.yearsAhead())
                .fetch(fetch.build()).build();
        return new CliSession(config, clock, url, storage,
                () -> F1Pipeline.builder().storage(storage).clock(clock).config(pc).build(), fake);
    }

    /** The response cache: off with --no-cache (and by default with --fake), else --cache-dir, cache.dir, f1-cache. */
    static CacheConfig cache(CliContext ctx, GlobalOptions g, CliConfig config) {
        String dir = g.noCache ? "" : g.cacheDir != null ? g.cacheDir : config.cacheDir() != null ? config.cacheDir()
                : g.fake ? "" : DEFAULT_CACHE;
        boolean offline = g.offline || config.offline();
        if (dir.isBlank()) {
            return CacheConfig.disabled();
        }
        CacheConfig cache = CacheConfig.at(ctx.resolve(dir)).withOffline(offline);
        return config.cacheTtl() == null ? cache : cache.withTtl(config.cacheTtl());
    }

    /** Offline mode needs a cache to serve from; refused before anything is opened. */
    static void checkOffline(CliContext ctx, GlobalOptions g, CliConfig config) {
        if ((g.offline || config.offline()) && !cache(ctx, g, config).enabled()) {
            throw CliException.usage("--offline serves requests from the response cache, but no cache is"
                    + " configured; remove --no-cache or set --cache-dir / cache.dir");
        }
    }

    private static CliException cannotOpen(String url, Map<String, String> options, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String password = options.get("password");
        if (password != null && !password.isEmpty()) {
            reason = reason.replace(password, "***");
        }
        reason = Storages.redact(reason).replaceAll("[.\\s]+$", "");
        if (e instanceof SchemaVersionException) {
            return CliException.usage("database " + Storages.redact(url) + " cannot be used: " + reason
                    + "; upgrade f1pipeline or point --db at another database", e);
        }
        String fix = url.startsWith(SQLITE)
                ? "check that the folder exists and is writable and that the file is an SQLite database, or pass"
                        + " another --db"
                : url.startsWith("jdbc:postgresql:")
                        ? "check that the server is running and reachable and the user and password (URL"
                                + " parameters or database.user/database.password in the config), or pass another"
                                + " --db / F1_DB_URL"
                        : "use jdbc:sqlite:<file>, jdbc:postgresql://host/db or memory:";
        if (!(e instanceof F1Exception) && !(e instanceof IllegalArgumentException)) {
            reason = e.getClass().getSimpleName() + ": " + reason;
        }
        return CliException.usage("cannot open database " + Storages.redact(url) + ": " + reason + "; " + fix, e);
    }

    /** Closes the storage (and the fake servers). */
    @Override
    public void close() {
        try {
            if (pipeline != null) {
                pipeline.close();
            }
            storage.close();
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
    }
}
