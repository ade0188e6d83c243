package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.storage.PostgresTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test (issue 10): the {@code f1} CLI runs a backfill with compute in a child JVM, which is killed with
 * SIGKILL at {@value #KILL_POINTS} points spread over the run (by the number of lines it has printed); the same
 * command is then run again to the end, and the database must equal, table by table and row by row (statistics,
 * features, predictions, input and derived versions included), the database of one clean run. SQLite and
 * PostgreSQL. The child reads the fake servers of this JVM; the clock is fixed ({@code --now}), so prediction
 * versions have the same {@code computedAt} in every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillResumeTest {

    static final int KILL_POINTS = 20;
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    /**
     * Two seasons (so the second one's predictions read the first one's data): 20 rounds with qualifying, results,
     * standings, statistics, features and predictions; short runs (about 60 requests) keep 41 child JVMs per
     * database within a minute or two.
     */
    private static final List<String> BACKFILL = List.of("backfill", "--start", "1959", "--end", "1960");

    private FakeF1Api fake;
    @TempDir
    Path dir;

    @BeforeAll
    void startFake() {
        fake = FakeF1Api.start(FakeF1Options.builder().asOf(NOW).build());
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    @DisplayName("SQLite: killed at 20 points of a backfill, the rerun's database equals a clean run's, table by table")
    void sqlite() throws Exception {
        killAndCompare(n -> {
            Path config = config("sqlite-" + n, null);
            return new Target(config, "jdbc:sqlite:" + dir.resolve("kill-" + n + ".db"));
        });
    }

    @Test
    @DisplayName("PostgreSQL: killed at 20 points of a backfill, the rerun's database equals a clean run's")
    void postgres() throws Exception {
        PostgresTestServer.requireReachable("the PostgreSQL kill test");
        List<String> schemas = new ArrayList<>();
        try {
            killAndCompare(n -> {
                String schema = PostgresTestServer.newSchema();
                schemas.add(schema);
                return new Target(config("pg-" + n, schema), PostgresTestServer.URL);
            });
        } finally {
            schemas.forEach(PostgresTestServer::dropSchema);
        }
    }

    /** Where one run writes: its config file (sources, schema) and database URL. */
    private record Target(Path config, String url) {
    }

    private void killAndCompare(IntFunction<Target> targets) throws Exception {
        Target clean = targets.apply(0);
        List<String> cleanLines = runToEnd(clean);
        Map<String, List<String>> expected = dump(clean);
        assertThat(expected.get("predictions")).isNotEmpty();
        assertThat(expected.get("driver_season_stats")).isNotEmpty();
        assertThat(expected.get("features")).isNotEmpty();
        int killed = 0;
        List<String> points = new ArrayList<>();
        for (int i = 1; i <= KILL_POINTS; i++) {
            int after = Math.max(1, i * cleanLines.size() / (KILL_POINTS + 1));
            Target t = targets.apply(i);
            String last = runAndKill(t, after);
            if (last != null) {
                killed++;
                points.add(after + ": " + last);
            }
            runToEnd(t);
            Map<String, List<String>> actual = dump(t);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            for (String table : expected.keySet()) {
                assertThat(actual.get(table)).as("table " + table + " after a kill after line " + after + " ("
                        + last + ")").containsExactlyElementsOf(expected.get(table));
            }
        }
        System.out.println("kill points (lines printed before SIGKILL: last line):\n  " + String.join("\n  ",
                points));
        assertThat(killed).as("runs killed before they finished").isEqualTo(KILL_POINTS);
    }

    private Path config(String name, String schema) {
        Path file = dir.resolve(name + ".yaml");
        List<String> lines = new ArrayList<>(List.of(
                "api:",
                "  max_workers: 4",
                "  retry_attempts: 1",
                "  sources:",
                "    jolpica: {base_url: '" + fake.jolpicaBaseUrl() + "', limits: unlimited}",
                "    openf1: {base_url: '" + fake.openF1BaseUrl() + "', limits: unlimited}",
                "    livetiming: {base_url: '" + fake.liveTimingBaseUrl() + "', limits: unlimited}",
                "progress:",
                "  interval: 0s")); // a progress line after every round: the kill points
        if (schema != null) {
            lines.addAll(List.of("database:", "  schema: " + schema));
        }
        try {
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private Process start(Target t) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(F1Cli.class.getName());
        cmd.addAll(BACKFILL);
        cmd.addAll(List.of("--config", t.config().toString(), "--db", t.url(), "--now", NOW.toString(),
                "--no-cache"));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    /** Runs the backfill to its end; it must succeed. Returns the lines it printed. */
    private List<String> runToEnd(Target t) throws Exception {
        Process p = start(t);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    /** Starts the backfill and kills it (SIGKILL) once it printed {@code after} lines; the last line, or null. */
    private String runAndKill(Target t, int after) throws Exception {
        Process p = start(t);
        String last = null;
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                last = line;
                if (++n >= after) {
                    break;
                }
            }
            boolean alive = p.isAlive();
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the JVM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return alive ? last : null;
        }
    }

    /** Every table but the migration log, each as its rows in a canonical (sorted) text form. */
    private Map<String, List<String>> dump(Target t) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        boolean sqlite = t.url().startsWith("jdbc:sqlite:");
        String schema = sqlite ? null : schemaOf(t.config());
        try (Connection c = DriverManager.getConnection(t.url())) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(sqlite
                         ? "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
                         : "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                         + "'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals("f1_schema_version")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                String from = sqlite ? table : "\"" + schema + "\"." + table;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + from)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
        }
        return out;
    }

    private static String schemaOf(Path config) {
        try {
            return Files.readAllLines(config).stream().filter(l -> l.startsWith("  schema: "))
                    .map(l -> l.substring("  schema: ".length())).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
