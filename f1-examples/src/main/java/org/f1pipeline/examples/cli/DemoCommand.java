package org.f1pipeline.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.examples.Demo;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 demo}: the whole chain on the synthetic season of the fake servers, in-process and offline, into a
 * fresh SQLite file, then the prediction tables of the next grand prix and the next sprint (see {@link Demo}).
 * The demo never uses the configured database ({@code F1_DB_URL}, {@code database.url}): it deletes and recreates
 * its own file, {@code f1-demo.db}, or the file given with {@code --db}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Offline demo: runs every job on the synthetic 2024 season of the built-in fake Jolpica and"
                + " OpenF1 (in-process, no network) into a fresh SQLite file and prints the predictions of a grand"
                + " prix and a sprint.",
                "The data is SYNTHETIC, not real results."})
final class DemoCommand implements Callable<Integer> {

    static final String DEFAULT_FILE = "f1-demo.db";

    @ParentCommand
    F1Cli parent;

    @Option(names = "--top", paramLabel = "<n>", defaultValue = "10", converter = Counts.ZeroForAll.class,
            description = "Drivers shown per table (default: ${DEFAULT-VALUE}; 0 for all).")
    int top;

    /** The demo's own database: never the configured one, so no --config, F1_DB_URL or database.url here. */
    @Option(names = "--db", paramLabel = "<file>",
            description = "SQLite file the demo deletes and recreates (default: " + DEFAULT_FILE + " in the working"
                    + " directory; memory: for an in-memory database). Never the configured database ($F1_DB_URL,"
                    + " database.url).")
    String db;

    @Option(names = "--force", description = "Replace the --db file even if it is not a demo database.")
    boolean force;

    /** The shared options that apply: output only (the demo fetches nothing from the network, reads no config). */
    @Mixin
    OptionMixins.Json json = new OptionMixins.Json();
    @Mixin
    OptionMixins.Verbose verbose = new OptionMixins.Verbose();

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        long t0 = System.nanoTime();
        try {
            Storage storage = openFresh(ctx, g.db);
            Demo loaded;
            try (ProgressRenderer progress = new ProgressRenderer(ctx, "demo", g.json,
                    java.time.Duration.ofSeconds(5), System::nanoTime).install()) {
                loaded = Demo.load(storage, true, progress, line -> {
                    if (!g.json) {
                        progress.println(line);
                    }
                });
            }
            try (Demo demo = loaded) {
                PredictionTable gp = new PredictionTable(storage, demo.racePrediction());
                PredictionTable sprint = new PredictionTable(storage, demo.sprintPrediction());
                if (g.json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("banner", Demo.BANNER);
                    doc.put("database", storage.describe());
                    doc.put("grand_prix", gp.toMap());
                    doc.put("sprint", sprint.toMap());
                    ctx.out().println(Output.prettyJson(doc));
                } else {
                    String favourite = demo.racePrediction().winner().driver().value();
                    ctx.out().println();
                    ctx.out().println(Demo.BANNER);
                    ctx.out().println();
                    ctx.out().println(gp.render(top));
                    ctx.out().println(sprint.render(top));
                    ctx.out().println("Done in " + Output.millis(java.time.Duration.ofNanos(System.nanoTime() - t0))
                            + ": " + demo.jobs() + " jobs, " + demo.requests() + " requests to the in-process fake sources.");
                    ctx.out().println("Explore: f1 predict --db " + dbArgument(g.db) + " --year "
                            + demo.nextRace().season() + " --round " + demo.nextRace().round() + " --explain "
                            + favourite);
                    ctx.out().println(Demo.BANNER);
                }
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "demo", null, null, e, g.verbose);
        }
    }

    /**
     * A fresh SQLite database: the demo's own file is replaced silently, another existing file only with
     * {@code --force} (so {@code f1 demo --db f1.db} cannot wipe a real database by accident).
     */
    private Storage openFresh(CliContext ctx, String db) {
        if (db != null && (db.equals("memory:") || db.equals("jdbc:sqlite::memory:"))) {
            return Storages.inMemory();
        }
        String location = db == null ? DEFAULT_FILE : db.startsWith("jdbc:sqlite:")
                ? db.substring("jdbc:sqlite:".length()) : db;
        if (location.startsWith("jdbc:") || location.contains("?") || location.startsWith("file:")) {
            throw CliException.usage("the demo writes a fresh SQLite file; --db must be a file path such as"
                    + " f1-demo.db (it never touches the configured database)");
        }
        Path file = ctx.resolve(location);
        boolean own = file.getFileName().toString().equals(DEFAULT_FILE);
        if (Files.exists(file) && !own && !force) {
            throw CliException.usage(file + " exists and the demo would replace it; pass --force to replace it, or"
                    + " choose another --db");
        }
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw CliException.usage("cannot replace " + file + ": " + e.getMessage() + "; choose another --db");
        }
        try {
            return Storages.open("jdbc:sqlite:" + file);
        } catch (RuntimeException e) {
            throw CliException.usage("cannot create " + file + ": " + e.getMessage() + "; choose another --db", e);
        }
    }

    private static String dbArgument(String db) {
        return db == null ? DEFAULT_FILE : db;
    }
}
