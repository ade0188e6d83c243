package org.f1pipeline.testkit.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The sixteen {@code formula_one_*} tables of a dump, spilled to a temporary folder, then zipped. */
final class DumpTables implements AutoCloseable {
    /** {@code generate_csv_dump.py} stamps every entry with this time so equal content gives equal bytes. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1999, 1, 1, 0, 0, 0);

    private final Path dir;
    final CsvTable baseTeam;
    final CsvTable championshipAdjustment;
    final CsvTable championshipSystem;
    final CsvTable circuit;
    final CsvTable driver;
    final CsvTable lap;
    final CsvTable penalty;
    final CsvTable pitStop;
    final CsvTable pointSystem;
    final CsvTable round;
    final CsvTable roundEntry;
    final CsvTable season;
    final CsvTable session;
    final CsvTable sessionEntry;
    final CsvTable team;
    final CsvTable teamDriver;
    private final List<CsvTable> all = new ArrayList<>();

    DumpTables() {
        try {
            dir = Files.createTempDirectory("jolpica-dump");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Columns from jolpica/formula_one/models (models.dbml); api_id and id are added by CsvTable.
        baseTeam = t("baseteam", "name");
        championshipAdjustment = t("championshipadjustment", "adjustment", "driver_id", "points", "season_id",
                "team_id");
        championshipSystem = t("championshipsystem", "driver_best_results", "driver_season_split", "eligibility",
                "name", "reference", "team_best_results", "team_points_per_session", "team_season_split");
        circuit = t("circuit", "altitude", "country", "country_code", "latitude", "locality", "longitude", "name",
                "reference", "wikipedia");
        driver = t("driver", "abbreviation", "country_code", "date_of_birth", "forename", "nationality",
                "permanent_car_number", "reference", "surname", "wikipedia");
        lap = t("lap", "average_speed", "is_deleted", "is_entry_fastest_lap", "number", "position",
                "session_entry_id", "time");
        penalty = t("penalty", "earned_id", "is_time_served_in_pit", "license_points", "position", "served_id",
                "time");
        pitStop = t("pitstop", "duration", "lap_id", "local_timestamp", "number", "session_entry_id");
        pointSystem = t("pointsystem", "driver_fastest_lap", "driver_position_points", "is_double_points", "name",
                "partial", "reference", "shared_drive", "team_fastest_lap", "team_position_points");
        round = t("round", "circuit_id", "date", "is_cancelled", "name", "number", "race_number", "season_id",
                "wikipedia");
        roundEntry = t("roundentry", "car_number", "round_id", "team_driver_id");
        season = t("season", "championship_system_id", "wikipedia", "year");
        session = t("session", "has_time_data", "is_cancelled", "number", "point_system_id", "round_id",
                "scheduled_laps", "timestamp", "timezone", "type");
        sessionEntry = t("sessionentry", "detail", "fastest_lap_rank", "grid", "is_classified",
                "is_eligible_for_points", "laps_completed", "points", "position", "round_entry_id", "session_id",
                "status", "time");
        team = t("team", "base_team_id", "country_code", "name", "nationality", "primary_color", "reference",
                "wikipedia");
        teamDriver = t("teamdriver", "driver_id", "role", "season_id", "team_id");
    }

    private CsvTable t(String model, String... columns) {
        CsvTable table = new CsvTable(model, dir, columns);
        all.add(table);
        return table;
    }

    /** Row counts by table name ({@code formula_one_lap} ...), in name order. */
    Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        sorted().forEach(t -> out.put(t.entryName().replace(".csv", ""), t.rows()));
        return out;
    }

    private List<CsvTable> sorted() {
        return all.stream().sorted(Comparator.comparing(CsvTable::entryName)).toList();
    }

    /** Closes the spill files and writes the flat zip: entries sorted by name, deflated, fixed timestamp. */
    void zip(OutputStream target) throws IOException {
        all.forEach(CsvTable::close);
        ZipOutputStream zip = new ZipOutputStream(target);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (CsvTable t : sorted()) {
            ZipEntry e = new ZipEntry(t.entryName());
            e.setMethod(ZipEntry.DEFLATED);
            // setTimeLocal writes only the DOS date/time field: no extra timestamp fields, no time-zone dependence.
            e.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(e);
            try (InputStream in = Files.newInputStream(t.file())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    @Override
    public void close() {
        all.forEach(CsvTable::close);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
