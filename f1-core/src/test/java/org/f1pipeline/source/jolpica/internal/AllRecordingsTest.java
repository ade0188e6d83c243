package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every recording the client can meet (all endpoint families except standings) with the parser of its
 * endpoint, and checks that each page yields exactly as many rows as its envelope promises. Standings are not read
 * by the client (the entry list comes from results or per-team driver lists).
 */
class AllRecordingsTest {

    private static final Set<String> ENDPOINTS = Set.of("seasons", "circuits", "races", "constructors", "drivers",
            "results", "sprint", "qualifying", "laps", "pitstops", "status", "driverstandings",
            "constructorstandings");

    private static final List<String> FOLDERS = List.of("1", "circuits", "constructors", "drivers", "laps",
            "pitstops", "qualifying", "races", "results", "seasons", "sprint", "status");

    @TestFactory
    @DisplayName("every relevant real recording parses, with as many rows as the envelope promises")
    Stream<DynamicTest> everyRecording() {
        if (!RealRecordings.available()) {
            // A factory that aborts reports nothing; one skipped test carries the message instead.
            return Stream.of(DynamicTest.dynamicTest("real recordings", RealRecordings::dir));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (Path file : RealRecordings.folder(folder)) {
                String endpoint = endpointOf(file.getFileName().toString());
                if (endpoint.endsWith("standings")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(folder + "/" + file.getFileName() + " as " + endpoint,
                        () -> check(file, endpoint)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(90);
        return tests.stream();
    }

    private static void check(Path file, String endpoint) {
        Envelope page = RealRecordings.envelope(file, endpoint, tableOf(endpoint));
        int rows = switch (endpoint) {
            case "schedule", "races" -> ScheduleParser.parse(page).size();
            case "results" -> JolpicaPages.rowCount(ResultParser.parse(page, RaceType.GRAND_PRIX));
            case "sprint" -> JolpicaPages.rowCount(ResultParser.parse(page, RaceType.SPRINT));
            case "qualifying" -> JolpicaPages.rowCount(QualifyingParser.parse(page));
            case "laps" -> JolpicaPages.rowCount(LapParser.parse(page));
            case "pitstops" -> JolpicaPages.rowCount(PitStopParser.parse(page));
            case "drivers" -> CatalogParser.drivers(page).size();
            case "constructors" -> CatalogParser.constructors(page).size();
            case "circuits" -> CatalogParser.circuits(page).size();
            case "seasons" -> CatalogParser.seasons(page).size();
            case "status" -> StatusParser.parse(page).size();
            default -> throw new IllegalStateException(endpoint);
        };
        int expected = Math.max(0, Math.min(page.limit(), page.total() - page.offset()));
        assertThat(rows).as("rows on page (total %d, limit %d, offset %d)", page.total(), page.limit(),
                page.offset()).isEqualTo(expected);
    }

    /** The endpoint of a recording: the last endpoint name in its path, or the schedule for {@code 2023.json}. */
    static String endpointOf(String fileName) {
        String name = fileName.replaceAll("\\^.*$", "").replaceAll("\\.json$", "");
        String[] tokens = name.split("@");
        for (int i = tokens.length - 1; i >= 0; i--) {
            String t = tokens[i].toLowerCase();
            if (ENDPOINTS.contains(t)) {
                return t;
            }
        }
        return "schedule";
    }

    private static String tableOf(String endpoint) {
        return switch (endpoint) {
            case "drivers" -> "DriverTable";
            case "constructors" -> "ConstructorTable";
            case "circuits" -> "CircuitTable";
            case "seasons" -> "SeasonTable";
            case "status" -> "StatusTable";
            default -> "RaceTable";
        };
    }
}
