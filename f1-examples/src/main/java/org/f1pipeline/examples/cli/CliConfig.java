package org.f1pipeline.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.f1pipeline.examples.cli.AutoPlanner.Step;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.SourceConfig;

/**
 * The settings of the config file ({@code f1.yaml}), already validated. Every key is documented in docs/cli.md;
 * an unknown key is an error (a typo must not be silently ignored), reported with its line.
 *
 * @param file             the file read, or null when none
 * @param fetch            fetch settings: the guide's {@code api.*} keys and each source's base URL and limits
 *                         (the cache is added later, with the command-line overrides)
 * @param yearsAhead       seasons past the current one a job may target
 * @param dbUrl            {@code database.url}, or null
 * @param dbOptions        {@code database.user/password/schema} for the adapter
 * @param cacheDir         {@code cache.dir}: null for the default, empty for no cache
 * @param offline          {@code cache.offline}
 * @param cacheTtl         {@code cache.ttl}, or null for the library default
 * @param auto             auto-mode settings
 * @param progressInterval how often plain progress lines are printed when not on a terminal
 */
public record CliConfig(Path file, FetchConfig fetch, int yearsAhead, String dbUrl, Map<String, String> dbOptions,
                        String cacheDir, boolean offline, Duration cacheTtl, AutoSettings auto,
                        Duration progressInterval) {

    /** The guide's keys, handed to {@link FetchConfig.Builder#guideKeys}. */
    static final List<String> GUIDE_KEYS = List.of("api.parallel_endpoints", "api.max_workers",
            "api.rate_limit_delay", "api.retry_attempts", "api.max_retry_after", "api.read_timeout",
            "api.total_timeout");
    static final List<String> SOURCES = List.of(SourceConfig.JOLPICA, SourceConfig.OPENF1, SourceConfig.LIVETIMING);
    static final List<String> OTHER_KEYS = List.of("cache.dir", "cache.offline", "cache.ttl", "database.url",
            "database.user", "database.password", "database.schema", "pipeline.years_ahead", "auto.max_attempts",
            "auto.schedule_max_age", "auto.max_actions", "auto.state_file", "auto.max_wait", "progress.interval");

    /** Freezes the options map. */
    public CliConfig {
        dbOptions = Map.copyOf(dbOptions);
    }

    /** No config file: every default. */
    public static CliConfig ofDefaults() {
        return new CliConfig(null, FetchConfig.ofDefaults(), 1, null, Map.of(), null, false, null,
                AutoSettings.ofDefaults(), Duration.ofSeconds(10));
    }

    /** Every key the file may hold, flattened. */
    public static TreeSet<String> knownKeys() {
        TreeSet<String> keys = new TreeSet<>(GUIDE_KEYS);
        keys.addAll(OTHER_KEYS);
        for (String s : SOURCES) {
            keys.add("api.sources." + s + ".base_url");
            keys.add("api.sources." + s + ".limits");
        }
        for (Step step : Step.values()) {
            keys.add("auto.delays." + step.wireName());
            keys.add("auto.durations." + step.wireName());
        }
        return keys;
    }

    /**
     * Reads and validates {@code file}.
     *
     * @param env environment, for {@code ${VAR}} placeholders
     * @throws CliException (usage, exit 2) naming the file, the line and the key
     */
    public static CliConfig load(Path file, Map<String, String> env) {
        Map<String, ConfigReader.Entry> entries = ConfigReader.read(file);
        ConfigValues v = new ConfigValues(file, env);
        TreeSet<String> known = knownKeys();
        entries.forEach((key, e) -> {
            if (!known.contains(key)) {
                throw v.error(key, e, "unknown setting" + suggestion(key, known) + "; known settings: "
                        + String.join(", ", known));
            }
        });
        FetchConfig.Builder fetch = FetchConfig.builder();
        CliConfig d = ofDefaults();
        int yearsAhead = d.yearsAhead();
        String dbUrl = null;
        Map<String, String> dbOptions = new LinkedHashMap<>();
        String cacheDir = null;
        boolean offline = false;
        Duration ttl = null;
        Map<Step, Duration> delays = new EnumMap<>(Step.class);
        Map<Step, Duration> durations = new EnumMap<>(Step.class);
        AutoSettings a = d.auto();
        int maxAttempts = a.maxAttempts();
        Duration maxAge = a.scheduleMaxAge();
        int maxActions = a.maxActions();
        String stateFile = a.stateFile();
        Duration maxWait = a.maxWait();
        Duration progress = d.progressInterval();
        Map<String, SourceConfig> sources = new LinkedHashMap<>();
        for (String s : SOURCES) {
            sources.put(s, FetchConfig.ofDefaults().source(s).orElseThrow());
        }
        for (Map.Entry<String, ConfigReader.Entry> it : entries.entrySet()) {
            String key = it.getKey();
            ConfigReader.Entry e = it.getValue();
            if (GUIDE_KEYS.contains(key)) {
                try {
                    fetch.guideKeys(Map.of(key, e.value() == null ? "" : e.value()));
                } catch (IllegalArgumentException ex) {
                    throw v.error(key, e, ex.getMessage().replaceFirst("^" + key + ": ", ""));
                }
                continue;
            }
            if (key.startsWith("api.sources.")) {
                String[] parts = key.split("\\.");
                SourceConfig s = sources.get(parts[2]);
                if (e.value() == null) {
                    throw v.error(key, e, "must not be empty");
                }
                try {
                    sources.put(parts[2], parts[3].equals("base_url")
                            ? s.withBaseUrl(URI.create(v.string(key, e))) : s.withRateLimit(v.limits(key, e)));
                } catch (IllegalArgumentException ex) {
                    throw v.error(key, e, ex.getMessage());
                }
                continue;
            }
            if (key.startsWith("auto.delays.") || key.startsWith("auto.durations.")) {
                Step step = Step.valueOf(key.substring(key.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
                (key.startsWith("auto.delays.") ? delays : durations).put(step, v.duration(key, e));
                continue;
            }
            switch (key) {
                case "cache.dir" -> cacheDir = e.value() == null || Boolean.FALSE.equals(e.value())
                        ? "" : v.string(key, e);
                case "cache.offline" -> offline = v.bool(key, e);
                case "cache.ttl" -> ttl = v.duration(key, e);
                case "database.url" -> dbUrl = v.string(key, e);
                case "database.user" -> dbOptions.put("user", v.string(key, e));
                case "database.password" -> dbOptions.put("password", v.string(key, e));
                case "database.schema" -> dbOptions.put("schema", v.string(key, e));
                case "pipeline.years_ahead" -> yearsAhead = v.integer(key, e, 0, 5);
                case "auto.max_attempts" -> maxAttempts = v.integer(key, e, 1, 1000);
                case "auto.schedule_max_age" -> maxAge = v.duration(key, e);
                case "auto.max_actions" -> maxActions = v.integer(key, e, 1, 100);
                case "auto.state_file" -> stateFile = v.string(key, e);
                case "auto.max_wait" -> maxWait = v.duration(key, e);
                case "progress.interval" -> progress = v.duration(key, e);
                default -> throw new IllegalStateException("unhandled config key " + key);
            }
        }
        sources.values().forEach(fetch::source);
        if (ttl != null && ttl.isZero()) {
            throw v.error("cache.ttl", entries.get("cache.ttl"), "must be positive");
        }
        return new CliConfig(file, fetch.build(), yearsAhead, dbUrl, dbOptions, cacheDir, offline, ttl,
                new AutoSettings(durations, delays, maxAttempts, maxAge, maxActions, stateFile, maxWait), progress);
    }

    /** " (did you mean x?)" for a key one or two edits from a known one, else "". */
    private static String suggestion(String key, TreeSet<String> known) {
        for (String k : known) {
            if (distance(key, k) <= 2) {
                return " (did you mean " + k + "?)";
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
