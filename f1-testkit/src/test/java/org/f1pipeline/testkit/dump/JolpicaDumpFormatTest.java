package org.f1pipeline.testkit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bytes of a dump: what generate_csv_dump.py produces, and the same every time. */
class JolpicaDumpFormatTest {
    private static JolpicaDump dump;
    private static DumpTablesReader tables;

    @BeforeAll
    static void write() {
        dump = JolpicaDumpWriter.synthetic(new SyntheticHistory(), 2024, 2024).toDump();
        tables = new DumpTablesReader(dump.zip());
    }

    @Test
    void sixteenTablesSortedDeflatedAndStampedNineteenNinetyNine() throws Exception {
        assertThat(tables.entries.keySet()).containsExactly("formula_one_baseteam.csv",
                "formula_one_championshipadjustment.csv", "formula_one_championshipsystem.csv",
                "formula_one_circuit.csv", "formula_one_driver.csv", "formula_one_lap.csv", "formula_one_penalty.csv",
                "formula_one_pitstop.csv", "formula_one_pointsystem.csv", "formula_one_round.csv",
                "formula_one_roundentry.csv", "formula_one_season.csv", "formula_one_session.csv",
                "formula_one_sessionentry.csv", "formula_one_team.csv", "formula_one_teamdriver.csv");
        for (ZipEntry e : tables.entries.values()) {
            assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(1999, 1, 1, 0, 0));
            assertThat(e.getName()).doesNotContain("/");
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dump.zip()))) {
            assertThat(in.getNextEntry().getExtra()).isNull(); // no extended-timestamp field
        }
    }

    @Test
    void headersAreIdThenAlphabetical() {
        assertThat(String.join(",", tables.header("sessionentry"))).isEqualTo("id,api_id,detail,fastest_lap_rank,"
                + "grid,is_classified,is_eligible_for_points,laps_completed,points,position,round_entry_id,session_id,"
                + "status,time");
        assertThat(String.join(",", tables.header("lap"))).isEqualTo(
                "id,api_id,average_speed,is_deleted,is_entry_fastest_lap,number,position,session_entry_id,time");
        assertThat(String.join(",", tables.header("session"))).isEqualTo("id,api_id,has_time_data,is_cancelled,"
                + "number,point_system_id,round_id,scheduled_laps,timestamp,timezone,type");
        assertThat(String.join(",", tables.header("pitstop")))
                .isEqualTo("id,api_id,duration,lap_id,local_timestamp,number,session_entry_id");
        for (String model : List.of("driver", "team", "circuit", "round", "roundentry", "teamdriver", "season")) {
            List<String> h = tables.header(model);
            assertThat(h.get(0)).isEqualTo("id");
            assertThat(h.subList(1, h.size())).isSorted();
        }
    }

    @Test
    void valuesArePostgresCsv() {
        List<Map<String, String>> entries = tables.rows("sessionentry");
        assertThat(entries).extracting(e -> e.get("is_eligible_for_points")).containsOnly("t");
        assertThat(entries).extracting(e -> e.get("is_classified")).containsOnly("t", "f", null);
        // Qualifying entries: no status, points or grid: empty fields, not "None" or "\N".
        Map<String, String> q = entries.get(0);
        assertThat(q.get("detail")).isNull();
        assertThat(q.get("points")).isNull();
        assertThat(tables.texts.get("formula_one_sessionentry.csv").split("\n")[1]).matches("1,sessionentry_\\w{8},"
                + ",,,,t,,,\\d+,\\d+,\\d+,,");
        assertThat(entries).extracting(e -> e.get("time")).filteredOn(t -> t != null)
                .allMatch(t -> t.matches("\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?") && !t.matches(".*\\.\\d*0$"));
        assertThat(entries).extracting(e -> e.get("points")).filteredOn(p -> p != null)
                .allMatch(p -> p.matches("\\d+")).contains("25", "26", "8", "0");
        assertThat(tables.rows("lap")).extracting(l -> l.get("time")).filteredOn(t -> t != null)
                .allMatch(t -> t.matches("00:0\\d:\\d{2}(\\.\\d{1,3})?"));
        assertThat(tables.rows("session")).extracting(s -> s.get("timestamp"))
                .allMatch(t -> t.matches("2024-\\d{2}-\\d{2} \\d{2}:\\d{2}:00\\+00"));
        assertThat(tables.rows("pitstop")).extracting(p -> p.get("local_timestamp"))
                .allMatch(t -> t.matches("\\d{2}:\\d{2}:\\d{2}"));
        assertThat(tables.rows("circuit")).extracting(c -> c.get("latitude")).doesNotContainNull()
                .noneMatch(l -> l.endsWith(".0") || l.endsWith("0") && l.contains("."));
        assertThat(tables.rows("pointsystem")).hasSize(24);
        assertThat(tables.rows("championshipsystem")).hasSize(10);
        assertThat(tables.rows("driver")).extracting(d -> d.get("api_id")).doesNotHaveDuplicates()
                .allMatch(a -> a.matches("driver_[0-9A-Za-z]{8}"));
        assertThat(tables.rows("lap")).extracting(l -> l.get("id")).isSortedAccordingTo(
                (a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    }

    @Test
    void csvQuotingFollowsRfc4180AndPostgresNulls() {
        StringBuilder b = new StringBuilder();
        for (String v : new String[] {"plain", "a,b", "say \"hi\"", "", null, "two\nlines", "\\."}) {
            PgCsv.field(b, v);
            b.append('|');
        }
        assertThat(b).hasToString("plain|\"a,b\"|\"say \"\"hi\"\"\"|\"\"||\"two\nlines\"|\"\\.\"|");
        assertThat(PgCsv.interval(91_531L)).isEqualTo("00:01:31.531");
        assertThat(PgCsv.interval(92_870L)).isEqualTo("00:01:32.87");
        assertThat(PgCsv.interval(25_000L)).isEqualTo("00:00:25");
        assertThat(PgCsv.interval(5_133_600L)).isEqualTo("01:25:33.6");
        assertThat(PgCsv.number("52.07860")).isEqualTo("52.0786");
        assertThat(PgCsv.number("153.0")).isEqualTo("153");
        assertThat(PgCsv.number("-0.5")).isEqualTo("-0.5");
        assertThat(PgCsv.bool(true) + PgCsv.bool(false)).isEqualTo("tf");
        assertThatThrownBy(() -> PgCsv.interval(-1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameInputSameBytesAndTheHashIsTheZipsHash() throws Exception {
        JolpicaDump again = JolpicaDumpWriter.synthetic(new SyntheticHistory(), 2024, 2024).toDump();
        assertThat(again.zip()).isEqualTo(dump.zip());
        assertThat(again.sha256()).isEqualTo(dump.sha256());
        assertThat(dump.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(dump.zip())));
        assertThat(dump.summary().sizeBytes()).isEqualTo(dump.zip().length);
        assertThat(dump.summary().rows("sessionentry")).isEqualTo(tables.rows("sessionentry").size());
        JolpicaDump earlier = JolpicaDumpWriter.synthetic(new SyntheticHistory(), 2024, 2024)
                .cutoff(SyntheticHistory.DEMO_TODAY).toDump();
        assertThat(earlier.sha256()).isNotEqualTo(dump.sha256());
        assertThat(earlier.summary().rows("round")).isEqualTo(24);
        assertThat(earlier.summary().rows("pitstop")).isLessThan(dump.summary().rows("pitstop"));
    }
}
