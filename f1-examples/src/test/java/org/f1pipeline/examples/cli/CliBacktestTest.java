package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.history.HistoryRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code f1 backtest} on a SQLite database holding the real 1990-2013 history (skipped without ../shared). */
class CliBacktestTest {

    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void load() {
        HistoryRecords records = HistoryRecords.of(ErgastHistory.load(ErgastHistory.locateOrSkip()), 1990, 2013);
        db = dir.resolve("history.db");
        try (Storage storage = SqliteStorage.open(db)) {
            records.load(storage);
        }
    }

    private static Result f1(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = CliContext.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), dir);
        int exit = F1Cli.run(ctx, all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    @DisplayName("--json prints exactly one object: from, to, events and each model's metrics and calibration")
    void json() {
        Result r = f1("backtest", "--from", "2012", "--to", "2013", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode doc = CliJobsTest.parse(r.out());
        assertThat(fields(doc)).containsExactly("from", "to", "events", "models");
        assertThat(doc.get("from").asInt()).isEqualTo(2012);
        assertThat(doc.get("to").asInt()).isEqualTo(2013);
        assertThat(doc.get("events").asInt()).isEqualTo(39);
        JsonNode models = doc.get("models");
        assertThat(models).hasSize(5);
        List<String> names = new ArrayList<>();
        models.forEach(m -> names.add(m.get("name").asText() + ":" + m.get("kind").asText()));
        assertThat(names).containsExactly("clogit-v1:model", "weighted-v3:model", "uniform:baseline",
                "pole:baseline", "grid-softmax:baseline");
        JsonNode clogit = models.get(0);
        assertThat(fields(clogit)).startsWith("name", "kind", "log_loss", "brier", "top1", "top3",
                "winner_mean_rank", "calibration");
        assertThat(clogit.get("log_loss").asDouble()).isLessThan(models.get(4).get("log_loss").asDouble());
        JsonNode bin = clogit.get("calibration").get(0);
        assertThat(fields(bin)).containsExactly("lo", "hi", "n", "predicted", "observed");
        assertThat(bin.get("lo").asDouble()).isZero();
        int n = 0;
        for (JsonNode b : clogit.get("calibration")) {
            n += b.get("n").asInt();
        }
        assertThat(n).as("one prediction per driver and race").isGreaterThan(39 * 20);
        assertThat(clogit.get("seasons")).hasSize(2);
        assertThat(models.get(2).get("top1").asDouble()).isLessThan(0.1); // uniform: about 1 in 24
    }

    @Test
    @DisplayName("text by default; --html writes one self-contained page; --model picks the models")
    void textAndHtml() throws IOException {
        Result r = f1("backtest", "--from", "2013", "--to", "2013", "--model", "clogit-v1", "--html",
                "report/bt.html");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Backtest 2013-2013, grands prix: 19 races scored")
                .contains("clogit-v1").contains("grid-softmax").doesNotContain("weighted-v3")
                .contains("Calibration").contains("HTML report: " + dir.resolve("report/bt.html"));
        String page = Files.readString(dir.resolve("report/bt.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("Brazilian Grand Prix")
                .contains("\u2605 Sebastian Vettel").doesNotContain("<script");
    }

    @Test
    @DisplayName("bad usage exits 2; a span without results exits 3")
    void errors() {
        Result reversed = f1("backtest", "--from", "2013", "--to", "2012");
        assertThat(reversed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(reversed.err()).contains("'to' 2012 is before 'from' 2013");
        Result unknown = f1("backtest", "--from", "2013", "--to", "2013", "--model", "clogit-v9");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown model 'clogit-v9'");
        assertThat(f1("backtest", "--from", "2013").exit()).isEqualTo(ExitCodes.USAGE);
        Result empty = f1("backtest", "--from", "1970", "--to", "1971");
        assertThat(empty.exit()).as(empty.toString()).isEqualTo(ExitCodes.NOT_AVAILABLE);
        assertThat(empty.err()).contains("no grand prix of 1970-1971");
        assertThat(f1("backtest", "--from", "2012", "--to", "2013", "--sprint").exit())
                .isEqualTo(ExitCodes.NOT_AVAILABLE);
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }
}
