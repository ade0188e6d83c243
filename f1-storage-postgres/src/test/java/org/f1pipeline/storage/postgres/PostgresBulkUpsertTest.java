package org.f1pipeline.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.jdbc.BulkUpsert;
import org.f1pipeline.testkit.storage.StorageFixtures;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The COPY bulk path: the same result as the batched upsert, and the lap foreign keys still in place. */
class PostgresBulkUpsertTest extends SchemaPerTest {

    private static final List<RaceKey> RACES = List.of(StorageFixtures.BAHRAIN_2024, StorageFixtures.JEDDAH_2024,
            StorageFixtures.ALBERT_PARK_2024, StorageFixtures.SUZUKA_2024, StorageFixtures.SHANGHAI_2024,
            StorageFixtures.MIAMI_2024);
    private static final Comparator<LapTime> ORDER = Comparator.comparing(LapTime::race)
            .thenComparing(LapTime::driver).thenComparingInt(LapTime::lap);

    /** 6 races x 20 drivers x {@code perDriver} laps, race by race. */
    private static List<LapTime> laps(int perDriver) {
        List<LapTime> laps = new ArrayList<>();
        RACES.forEach(race -> laps.addAll(StorageFixtures.laps(race, RaceType.GRAND_PRIX, perDriver)));
        return laps;
    }

    private static LapTime withTime(LapTime l, Integer timeMs, String trackStatus) {
        return new LapTime(l.race(), l.type(), l.driver(), l.lap(), timeMs, l.sector1Ms(), l.sector2Ms(),
                l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                l.stint(), trackStatus, l.position());
    }

    private static List<LapTime> sorted(List<LapTime> laps) {
        List<LapTime> copy = new ArrayList<>(laps);
        copy.sort(ORDER);
        return copy;
    }

    @Test
    @DisplayName("24,000 laps go through COPY, read back equal, and the lap foreign keys are back afterwards")
    void bulkLoadKeepsKeys() throws SQLException {
        List<LapTime> laps = new ArrayList<>(laps(200));
        assertThat(laps).hasSize(24_000);
        // Characters the COPY text format must escape, and nulls.
        laps.set(7, withTime(laps.get(7), null, "1\t4\\5\nx\r"));
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.laps().upsertLaps(laps);
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).containsExactlyElementsOf(sorted(laps));
            assertThat(storage.laps().laps(RACES.get(0), RaceType.GRAND_PRIX).get(7).trackStatus())
                    .isEqualTo("1\t4\\5\nx\r");
        }
        assertThat(lapForeignKeys()).containsExactly("laps_driver_fk", "laps_race_fk");
    }

    @Test
    @DisplayName("a load into the empty table gives back the primary key and both foreign keys, validated, as defined")
    void emptyTableLoadRestoresConstraints() throws SQLException {
        List<String> before;
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            before = lapConstraints();
            storage.laps().upsertLaps(laps(200));
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).containsExactlyElementsOf(sorted(laps(200)));
        }
        assertThat(lapConstraints()).isEqualTo(before).containsExactly(
                "laps_driver_fk f true FOREIGN KEY (driver_id) REFERENCES " + schema + ".drivers(driver_id)",
                "laps_pkey p true PRIMARY KEY (season, round, race_type, driver_id, lap)",
                "laps_race_fk f true FOREIGN KEY (season, round) REFERENCES " + schema
                        + ".races(season, round)");
        // The primary key is real again: a duplicate is refused.
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> PostgresTestDatabase.execute(
                "INSERT INTO " + schema + ".laps SELECT * FROM " + schema + ".laps LIMIT 1"))
                .withStackTraceContaining("laps_pkey");
    }

    @Test
    @DisplayName("when PostgreSQL refuses COPY FREEZE (an open cursor in the transaction), the load runs without it")
    void freezeRefusedFallsBack() throws SQLException {
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
        }
        List<LapTime> laps = laps(200);
        List<String> columns = List.of("season", "round", "race_type", "driver_id", "lap", "lap_time_ms",
                "pit_in", "pit_out");
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL);
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL search_path TO " + schema);
            // A cursor left open: a ready portal, for which PostgreSQL refuses FREEZE (SQL state 25000).
            s.execute("DECLARE open_cursor CURSOR FOR SELECT 1");
            new PostgresBulkUpsert().upsert(c, "laps", columns.subList(0, 5), columns,
                    Map.of("lap_time_ms", "excluded.lap_time_ms"), new BulkUpsert.Rows() {
                        @Override
                        public int count() {
                            return laps.size();
                        }

                        @Override
                        public void writeTo(OutputStream out) throws IOException {
                            StringBuilder text = new StringBuilder();
                            for (LapTime l : laps) {
                                text.append(l.race().season()).append('\t').append(l.race().round())
                                        .append("\tgrand_prix\t").append(l.driver().value()).append('\t')
                                        .append(l.lap()).append('\t').append(l.lapTimeMs()).append("\tf\tf\n");
                            }
                            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                        }
                    });
            c.commit();
        }
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).extracting(LapTime::lapTimeMs)
                    .containsExactlyElementsOf(sorted(laps).stream().map(LapTime::lapTimeMs).toList());
        }
        assertThat(lapConstraints()).extracting(c -> c.substring(0, c.indexOf(' '))).containsExactly(
                "laps_driver_fk", "laps_pkey", "laps_race_fk");
    }

    @Test
    @DisplayName("a staged upsert over stored rows writes only new and changed rows, and its update expressions read"
            + " the stored row")
    void stagedUpsertWritesNewAndChangedRowsOnly() throws SQLException {
        PostgresTestDatabase.open(schema).close(); // creates the schema
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + schema + ".kv (k INTEGER PRIMARY KEY, a INTEGER, b TEXT)");
            s.execute("INSERT INTO " + schema + ".kv SELECT k, k, 'stored ' || k FROM generate_series(1, 6000) k");
            Map<Integer, Long> before = versions(s);
            c.setAutoCommit(false);
            s.execute("SET LOCAL search_path TO " + schema);
            // k 1-6000 again: k % 3 = 0 unchanged, k % 3 = 1 a new a, k % 3 = 2 b null (COALESCE keeps the stored
            // b, so these stay unchanged too); then k 6001-7000, new.
            new PostgresBulkUpsert().upsert(c, "kv", List.of("k"), List.of("k", "a", "b"),
                    new LinkedHashMap<>(Map.of("a", "excluded.a", "b", "COALESCE(excluded.b, kv.b)")),
                    new BulkUpsert.Rows() {
                        @Override
                        public int count() {
                            return 7000;
                        }

                        @Override
                        public void writeTo(OutputStream out) throws IOException {
                            StringBuilder text = new StringBuilder();
                            for (int k = 1; k <= 7000; k++) {
                                boolean stored = k <= 6000;
                                int a = stored && k % 3 == 1 ? -k : k;
                                String b = stored && k % 3 == 2 ? "\\N" : "stored " + k;
                                text.append(k).append('\t').append(a).append('\t').append(b).append('\n');
                            }
                            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                        }
                    });
            c.commit();
            c.setAutoCommit(true);
            Map<Integer, Long> after = versions(s);
            List<Integer> rewritten = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k)))
                    .sorted().toList();
            assertThat(rewritten).hasSize(2000 + 1000).allMatch(k -> k > 6000 || k % 3 == 1);
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE a = -k),"
                    + " count(*) FILTER (WHERE b = 'stored ' || k) FROM " + schema + ".kv")) {
                rs.next();
                assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).containsExactly(7000, 2000, 7000);
            }
        }
    }

    /** Each row's key and its version (the transaction that last wrote it). */
    private Map<Integer, Long> versions(Statement s) throws SQLException {
        Map<Integer, Long> versions = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT k, xmin::text::bigint FROM " + schema + ".kv")) {
            while (rs.next()) {
                versions.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return versions;
    }

    @Test
    @DisplayName("an unchanged re-upsert sends nothing (a row changed behind the library's back stays); a changed"
            + " lap rewrites its race")
    void unchangedRacesAreNotSent() {
        List<LapTime> laps = laps(200);
        String tamper = "UPDATE " + schema + ".laps SET lap_time_ms = 1 WHERE season = 2024 AND round = 2"
                + " AND lap = 5";
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.laps().upsertLaps(laps);
            PostgresTestDatabase.execute(tamper);
            storage.laps().upsertLaps(laps);
            assertThat(storage.laps().laps(StorageFixtures.JEDDAH_2024, RaceType.GRAND_PRIX))
                    .filteredOn(l -> l.lap() == 5).extracting(LapTime::lapTimeMs).containsOnly(1);

            List<LapTime> changed = new ArrayList<>(laps);
            int index = laps.indexOf(laps.stream().filter(l -> l.race().equals(StorageFixtures.JEDDAH_2024)
                    && l.lap() == 9).findFirst().orElseThrow());
            changed.set(index, withTime(laps.get(index), 77_777, "1"));
            storage.laps().upsertLaps(changed);
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).containsExactlyElementsOf(sorted(changed));
        }
    }

    @Test
    @DisplayName("24,000 new laps into a table that has laps: staged, keys suspended and validated again")
    void stagedLoadWithSuspendedKeys() throws SQLException {
        List<LapTime> earlier = StorageFixtures.laps(StorageFixtures.BAHRAIN_2023, RaceType.GRAND_PRIX, 10);
        List<LapTime> laps = laps(200);
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.laps().upsertLaps(earlier);
            storage.laps().upsertLaps(laps);
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).containsExactlyElementsOf(sorted(laps));
            assertThat(storage.laps().laps(StorageFixtures.BAHRAIN_2023, RaceType.GRAND_PRIX))
                    .containsExactlyElementsOf(earlier);
        }
        assertThat(lapForeignKeys()).containsExactly("laps_driver_fk", "laps_race_fk");
    }

    @Test
    @DisplayName("a bulk re-upsert rewrites changed rows only and gives the batched result; repeated keys: last wins")
    void bulkReUpsert() {
        List<LapTime> laps = laps(200);
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.laps().upsertLaps(laps);
            storage.laps().upsertLaps(laps);
            List<LapTime> changed = new ArrayList<>();
            for (int i = 0; i < laps.size(); i++) {
                LapTime l = laps.get(i);
                changed.add(i % 3 == 0 ? withTime(l, l.lapTimeMs() == null ? 90_000 : l.lapTimeMs() + 1, "2") : l);
            }
            // The first lap twice more: the last occurrence wins, as with one-by-one upserts.
            changed.add(withTime(laps.get(0), 123_456, "first again"));
            changed.add(withTime(laps.get(0), 123_457, "last"));
            storage.laps().upsertLaps(changed);
            List<LapTime> expected = new ArrayList<>(changed.subList(0, laps.size()));
            expected.set(0, changed.get(changed.size() - 1));
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).containsExactlyElementsOf(sorted(expected));
        }
    }

    @Test
    @DisplayName("a lap of an unknown driver fails the bulk upsert before anything is written")
    void unknownParentWritesNothing() {
        List<LapTime> laps = new ArrayList<>(laps(200));
        LapTime last = laps.get(laps.size() - 1);
        laps.add(LapTime.basic(last.race(), RaceType.GRAND_PRIX, DriverId.of("nobody"), 1, 90_000, 1));
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            assertThatExceptionOfType(StorageException.class).isThrownBy(() -> storage.laps().upsertLaps(laps))
                    .withMessageContaining("nobody");
            assertThat(storage.laps().laps(RACES, RaceType.GRAND_PRIX)).isEmpty();
        }
    }

    @Test
    @DisplayName("the foreign keys are real: a lap written behind the library's back for a missing race is refused")
    void keysAreEnforced() {
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
        }
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> PostgresTestDatabase.execute(
                "INSERT INTO " + schema + ".laps (season, round, race_type, driver_id, lap, pit_in, pit_out)"
                        + " VALUES (2024, 99, 'grand_prix', 'hamilton', 1, false, false)"))
                .withStackTraceContaining("laps_race_fk");
    }

    @Test
    @DisplayName("any table takes the bulk path from 5,000 rows: JSON text, doubles and odd characters round-trip")
    void featuresThroughCopy() {
        List<RaceKey> races = List.of(StorageFixtures.BAHRAIN_2023, StorageFixtures.BAHRAIN_2024,
                StorageFixtures.JEDDAH_2024);
        List<FeatureRow> rows = new ArrayList<>();
        for (int m = 0; m < 90; m++) {
            for (RaceKey race : races) {
                for (StorageFixtures.Seat seat : StorageFixtures.seats(race)) {
                    Map<String, Double> scores = new LinkedHashMap<>();
                    scores.put("pace \"quoted\" \\ back\ttab", 1e-7 * (m + 1));
                    scores.put("ünïcode", -12345.678901234567 / (m + 3));
                    rows.add(new FeatureRow(race, RaceType.GRAND_PRIX, "model-" + m, seat.driver(), scores,
                            Math.PI * m));
                }
            }
        }
        assertThat(rows.size()).isGreaterThanOrEqualTo(PostgresBulkUpsert.MIN_ROWS);
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            storage.features().upsertFeatures(rows);
            storage.features().upsertFeatures(rows);
            for (int m : new int[] {0, 45, 89}) {
                List<FeatureRow> expected = rows.stream().filter(r -> r.modelVersion().equals("model-" + m)
                        && r.race().equals(StorageFixtures.BAHRAIN_2024))
                        .sorted(Comparator.comparing(FeatureRow::driver)).toList();
                assertThat(storage.features().features(StorageFixtures.BAHRAIN_2024, RaceType.GRAND_PRIX,
                        "model-" + m)).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /** The lap table's constraints: name, type, validated, definition. */
    private List<String> lapConstraints() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT conname || ' ' || contype::text || ' ' || convalidated || ' ' ||"
                     + " pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '" + schema
                     + ".laps'::regclass ORDER BY conname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private List<String> lapForeignKeys() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = '"
                     + schema + ".laps'::regclass ORDER BY conname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
