package org.f1pipeline.examples.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.ResponseCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code f1 cache info|clear}: the persistent response cache (see docs/fetching.md). */
@Command(name = "cache", mixinStandardHelpOptions = true, subcommands = {CacheCommand.Info.class,
        CacheCommand.Clear.class}, description = "Show or empty the response cache (--cache-dir / cache.dir).")
final class CacheCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Override
    public Integer call() {
        parent.context().err().println("f1: cache needs a subcommand: info or clear (see f1 cache --help)");
        parent.context().err().flush();
        return ExitCodes.USAGE;
    }

    /** The cache settings, or a usage error when no cache is configured. */
    CacheConfig config() {
        CliContext ctx = parent.context();
        CliConfig config = CliSession.config(ctx, parent.globals());
        CacheConfig cache = CliSession.cache(ctx, parent.globals(), config);
        if (!cache.enabled()) {
            throw CliException.usage("no response cache is configured (--no-cache, or cache.dir is empty); pass"
                    + " --cache-dir <dir> to name one");
        }
        return cache;
    }

    /** {@code f1 cache info}. */
    @Command(name = "info", mixinStandardHelpOptions = true, description = "Entries and bytes in the cache.")
    static final class Info implements Callable<Integer> {

        @ParentCommand
        CacheCommand cache;

        /** The shared options that apply: the cache folder (from the config or --cache-dir), no database. */
        @Mixin
        OptionMixins.Config config = new OptionMixins.Config();
        @Mixin
        OptionMixins.CacheDir cacheDir = new OptionMixins.CacheDir();
        @Mixin
        OptionMixins.Json json = new OptionMixins.Json();
        @Mixin
        OptionMixins.Verbose verbose = new OptionMixins.Verbose();

        @Override
        public Integer call() {
            CliContext ctx = cache.parent.context();
            try {
                CacheConfig c = cache.config();
                ResponseCache.Stats stats = Files.isDirectory(c.dir())
                        ? ResponseCache.open(c, Clock.systemUTC()).size() : new ResponseCache.Stats(0, 0);
                print(ctx, cache.parent.globals().json, "info", c, stats,
                        Files.isDirectory(c.dir()) ? "" : " (the folder does not exist yet)");
                return ExitCodes.OK;
            } catch (RuntimeException e) {
                return Failures.report(ctx.err(), "cache info", null, null, e, cache.parent.globals().verbose);
            }
        }
    }

    /** {@code f1 cache clear}. */
    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Delete every cache entry (other files in the folder are left alone).")
    static final class Clear implements Callable<Integer> {

        @ParentCommand
        CacheCommand cache;

        /** The shared options that apply: the cache folder (from the config or --cache-dir), no database. */
        @Mixin
        OptionMixins.Config config = new OptionMixins.Config();
        @Mixin
        OptionMixins.CacheDir cacheDir = new OptionMixins.CacheDir();
        @Mixin
        OptionMixins.Json json = new OptionMixins.Json();
        @Mixin
        OptionMixins.Verbose verbose = new OptionMixins.Verbose();

        @Override
        public Integer call() {
            CliContext ctx = cache.parent.context();
            try {
                CacheConfig c = cache.config();
                if (!Files.isDirectory(c.dir())) {
                    print(ctx, cache.parent.globals().json, "clear", c, new ResponseCache.Stats(0, 0),
                            " (nothing to clear)");
                    return ExitCodes.OK;
                }
                ResponseCache rc = ResponseCache.open(c, Clock.systemUTC());
                ResponseCache.Stats before = rc.size();
                rc.clear();
                print(ctx, cache.parent.globals().json, "clear", c, before, " deleted");
                return ExitCodes.OK;
            } catch (RuntimeException e) {
                return Failures.report(ctx.err(), "cache clear", null, null, e, cache.parent.globals().verbose);
            }
        }
    }

    private static void print(CliContext ctx, boolean json, String action, CacheConfig c, ResponseCache.Stats s,
                              String note) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cache_dir", c.dir().toString());
            m.put("action", action);
            m.put("entries", s.entries());
            m.put("bytes", s.bytes());
            m.put("offline", c.offline());
            ctx.out().println(Output.json(m));
        } else {
            ctx.out().println("cache " + c.dir() + ": " + s.entries() + " entries, " + size(s.bytes()) + note
                    + (c.offline() ? " [offline mode]" : ""));
        }
        ctx.out().flush();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB",
                kb / 1024);
    }
}
