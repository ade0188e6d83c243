package org.f1pipeline.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.jdbc.BulkUpsert;
import org.f1pipeline.testkit.storage.StorageFixtures;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A lap load large enough for its summaries to take the bulk path too (decision D76): the summaries are computed
 * while the laps load, COPYed in binary with the summary table's keys suspended, and come back equal to
 * {@link LapSummary#of} the laps, with every constraint back and validated.
 */
class PostgresLapSummaryBulkTest extends SchemaPerTest {

    /** Drivers added to the fixture calendar: 7 races x 720 drivers = 5,040 summaries, 20,160 laps. */
    private static final int DRIVERS = 720;
    private static final int LAPS_PER_DRIVER = 4;

    private static List<LapTime> laps(List<RaceKey> races) {
        List<LapTime> laps = new ArrayList<>();
        // Lap by lap, as the sources list them: the store sorts them into key order.
        for (int lap = 1; lap <= LAPS_PER_DRIVER; lap++) {
            for (RaceKey race : races) {
                for (int d = 0; d < DRIVERS; d++) {
                    laps.add(StorageFixtures.lap(race, RaceType.GRAND_PRIX, driver(d), lap, d % 20 + 1,
                            LAPS_PER_DRIVER));
                }
            }
        }
        return laps;
    }

    private static DriverId driver(int d) {
        return DriverId.of(String.format("bulk_driver_%03d", d));
    }

    @Test
    @DisplayName("5,040 summaries of a first load go through COPY: equal to the laps' summaries, keys back, validated")
    void summariesOfAFirstLoad() throws SQLException {
        List<RaceKey> races = StorageFixtures.races().stream().map(Race::key).toList();
        List<LapTime> laps = laps(races);
        assertThat(laps.size()).isGreaterThanOrEqualTo(PostgresBulkUpsert.SUSPEND_KEYS_MIN_ROWS);
        List<String> before;
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
            PostgresTestDatabase.execute("INSERT INTO " + schema + ".drivers (driver_id, family_name) SELECT"
                    + " format('bulk_driver_%s', to_char(i, 'FM000')), 'Bulk' FROM generate_series(0, "
                    + (DRIVERS - 1) + ") i");
            before = constraints("lap_summaries");
            storage.laps().upsertLaps(laps);
            List<LapSummary> expected = LapSummary.of(laps);
            assertThat(expected.size()).isGreaterThanOrEqualTo(PostgresBulkUpsert.MIN_ROWS);
            assertThat(storage.laps().lapSummaries(races)).isEqualTo(expected);

            // One race changed: its summaries are read back and rewritten, the others stay.
            List<LapTime> changed = new ArrayList<>(laps);
            changed.replaceAll(l -> l.race().equals(races.get(2)) && l.lap() == 4 ? slower(l) : l);
            storage.laps().upsertLaps(changed);
            assertThat(storage.laps().lapSummaries(races)).isEqualTo(LapSummary.of(changed))
                    .isNotEqualTo(expected);
        }
        assertThat(constraints("lap_summaries")).isEqualTo(before).containsExactly(
                "lap_summaries_driver_id_fkey f true FOREIGN KEY (driver_id) REFERENCES " + schema
                        + ".drivers(driver_id)",
                "lap_summaries_pkey p true PRIMARY KEY (season, round, driver_id)",
                "lap_summaries_season_round_fkey f true FOREIGN KEY (season, round) REFERENCES " + schema
                        + ".races(season, round)");
        assertThat(constraints("laps")).extracting(c -> c.substring(0, c.indexOf(' ') + 7)).containsExactly(
                "laps_driver_fk f true", "laps_pkey p true", "laps_race_fk f true");
    }

    private static LapTime slower(LapTime l) {
        return new LapTime(l.race(), l.type(), l.driver(), l.lap(), l.lapTimeMs() + 1_000, l.sector1Ms(),
                l.sector2Ms(), l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(),
                l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(), l.position());
    }

    @Test
    @DisplayName("the key steps' settings are the session's own again after the load")
    void keyBuildSettingsAreRestored() throws SQLException {
        try (PostgresStorage storage = PostgresTestDatabase.open(schema)) {
            storage.useTransaction(StorageFixtures::seedCalendar);
        }
        List<DriverId> drivers = StorageFixtures.seats(StorageFixtures.BAHRAIN_2024).stream()
                .map(StorageFixtures.Seat::driver).toList();
        int lapsPerDriver = PostgresBulkUpsert.SUSPEND_KEYS_MIN_ROWS / drivers.size() + 1;
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL);
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL search_path TO " + schema);
            s.execute("SET LOCAL max_parallel_maintenance_workers = 1");
            s.execute("SET LOCAL maintenance_work_mem = '1MB'");
            new PostgresBulkUpsert().upsert(c, "laps", List.of("season", "round", "race_type", "driver_id", "lap"),
                    List.of("season", "round", "race_type", "driver_id", "lap", "pit_in", "pit_out"), Map.of(),
                    new BulkUpsert.Rows() {
                        @Override
                        public int count() {
                            return drivers.size() * lapsPerDriver;
                        }

                        @Override
                        public void writeTo(OutputStream out) throws IOException {
                            StringBuilder text = new StringBuilder();
                            for (DriverId driver : drivers) {
                                for (int lap = 1; lap <= lapsPerDriver; lap++) {
                                    text.append("2024\t1\tgrand_prix\t").append(driver.value()).append('\t')
                                            .append(lap).append("\tf\tf\n");
                                }
                            }
                            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                        }
                    });
            try (ResultSet rs = s.executeQuery("SELECT current_setting('max_parallel_maintenance_workers'),"
                    + " current_setting('maintenance_work_mem'), current_setting('enable_mergejoin'),"
                    + " (SELECT count(*) FROM laps)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1");
                assertThat(rs.getString(2)).isEqualTo("1MB");
                assertThat(rs.getString(3)).isEqualTo("on");
                assertThat(rs.getInt(4)).isEqualTo(drivers.size() * lapsPerDriver);
            }
            c.commit();
        }
        assertThat(constraints("laps")).extracting(c -> c.substring(0, c.indexOf(' ') + 7)).containsExactly(
                "laps_driver_fk f true", "laps_pkey p true", "laps_race_fk f true");
    }

    /** The table's constraints: name, type, validated, definition. */
    private List<String> constraints(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.URL);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT conname || ' ' || contype::text || ' ' || convalidated || ' ' ||"
                     + " pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '" + schema + "." + table
                     + "'::regclass ORDER BY conname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
