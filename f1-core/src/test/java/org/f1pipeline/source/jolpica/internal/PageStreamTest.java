package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link PageStream} reads a page in slices and must give exactly what parsing the whole page as one tree gives:
 * the same items (on every real recording, with slices of 1, 7 and the default), the same counters, and the same
 * errors with the page's indices in their paths.
 */
class PageStreamTest {

    private static final URI URL = URI.create("https://api.jolpi.ca/ergast/f1/2019.json?limit=100&offset=0");

    private static ResponseBody body(byte[] json) {
        return ResponseBody.of(new FetchResponse(URL, 200, Map.of("Content-Type", List.of("application/json")), json,
                json.length, Duration.ZERO, false));
    }

    private static Function<Envelope, List<?>> parser(String endpoint) {
        return switch (endpoint) {
            case "schedule", "races" -> p -> ScheduleParser.parse(p);
            case "results" -> p -> ResultParser.parse(p, RaceType.GRAND_PRIX);
            case "sprint" -> p -> ResultParser.parse(p, RaceType.SPRINT);
            case "qualifying" -> QualifyingParser::parse;
            case "laps" -> LapParser::parse;
            case "pitstops" -> PitStopParser::parse;
            case "drivers" -> CatalogParser::drivers;
            case "constructors" -> CatalogParser::constructors;
            case "circuits" -> CatalogParser::circuits;
            case "seasons" -> CatalogParser::seasons;
            case "status" -> StatusParser::parse;
            default -> throw new IllegalStateException(endpoint);
        };
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

    @TestFactory
    @DisplayName("every real recording streams into the same items as the whole-page parse, for any slice size")
    Stream<DynamicTest> realRecordings() {
        if (!RealRecordings.available()) {
            return Stream.of(DynamicTest.dynamicTest("real recordings", RealRecordings::dir));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("1", "circuits", "drivers", "laps", "pitstops", "qualifying", "races", "results",
                "sprint", "status")) {
            for (Path file : RealRecordings.folder(folder)) {
                String endpoint = AllRecordingsTest.endpointOf(file.getFileName().toString());
                if (endpoint.endsWith("standings")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(folder + "/" + file.getFileName(), () -> same(file, endpoint)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(70);
        return tests.stream();
    }

    private static void same(Path file, String endpoint) throws IOException {
        String table = tableOf(endpoint);
        Envelope whole = RealRecordings.envelope(file, endpoint, table);
        List<?> expected = parser(endpoint).apply(whole);
        byte[] json = Files.readAllBytes(file);
        for (int slice : new int[] {1, 7, PageStream.SLICE}) {
            PageStream.Page<?> page = PageStream.read(body(json), new ParseContext(URL, endpoint), table,
                    e -> new ArrayList<>(parser(endpoint).apply(e)), slice);
            assertThat(page.items()).as("slice " + slice).isEqualTo(expected);
            assertThat(List.of(page.total(), page.limit(), page.offset()))
                    .isEqualTo(List.of(whole.total(), whole.limit(), whole.offset()));
        }
    }

    private static String schedule(int races, int broken, boolean countersLast) {
        StringBuilder sb = new StringBuilder("{\"MRData\":{");
        String counters = "\"limit\":\"100\",\"offset\":\"0\",\"total\":\"" + races + "\"";
        if (!countersLast) {
            sb.append(counters).append(',');
        }
        sb.append("\"RaceTable\":{\"season\":\"2019\",\"Races\":[");
        for (int r = 1; r <= races; r++) {
            sb.append(r == 1 ? "" : ",").append("{\"season\":\"2019\",\"round\":\"").append(r).append('"');
            if (r - 1 != broken) {
                sb.append(",\"raceName\":\"GP ").append(r).append('"');
            }
            sb.append(",\"Circuit\":{\"circuitId\":\"c").append(r).append("\",\"circuitName\":\"C\"},")
                    .append("\"date\":\"2019-05-").append(String.format("%02d", r)).append("\"}");
        }
        sb.append("]}");
        if (countersLast) {
            sb.append(',').append(counters);
        }
        return sb.append("}}").toString();
    }

    @Test
    @DisplayName("an error in a later slice names the element's index in the whole page")
    void errorsKeepPageIndices() {
        byte[] json = schedule(28, 23, false).getBytes(StandardCharsets.UTF_8);
        String tree = null;
        try {
            ScheduleParser.parse(Envelope.read(org.f1pipeline.fetch.internal.Json.parse(URL, json, ""),
                    new ParseContext(URL, "schedule"), "RaceTable"));
        } catch (SourceFormatException e) {
            tree = e.getMessage();
        }
        assertThat(tree).contains("MRData.RaceTable.Races[23].raceName");
        String expected = tree;
        assertThatThrownBy(() -> PageStream.read(body(json), new ParseContext(URL, "schedule"), "RaceTable",
                ScheduleParser::parse, 5)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("MRData.RaceTable.Races[23].raceName")
                .satisfies(e -> assertThat(e.getMessage().replaceAll("body starts with: .*", ""))
                        .isEqualTo(expected.replaceAll("body starts with: .*", "")));
    }

    @Test
    @DisplayName("counters sent after the table are still read, and a missing table is the same error as before")
    void countersAfterTheTableAndMissingTable() throws IOException {
        byte[] json = schedule(12, -1, true).getBytes(StandardCharsets.UTF_8);
        PageStream.Page<?> page = PageStream.read(body(json), new ParseContext(URL, "schedule"), "RaceTable",
                ScheduleParser::parse, 5);
        assertThat(page.items()).hasSize(12);
        assertThat(page.total()).isEqualTo(12);
        byte[] noTable = "{\"MRData\":{\"limit\":\"100\",\"offset\":\"0\",\"total\":\"3\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PageStream.read(body(noTable), new ParseContext(URL, "schedule"), "RaceTable",
                ScheduleParser::parse)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("missing required field MRData.RaceTable");
    }
}
