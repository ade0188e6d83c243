package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.JolpicaJson;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.f1pipeline.source.jolpica.ResultRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultParserTest {

    private static List<ResultRow> rows(List<RaceGroup<ResultRow>> groups) {
        return groups.stream().flatMap(g -> ResultParser.flagFastestWithoutRanks(g).rows().stream()).toList();
    }

    private static ResultRow byDriver(List<ResultRow> rows, String driverId) {
        return rows.stream().filter(r -> r.driver().id().value().equals(driverId)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("real 2023 round 9 (Austria) results")
    class Austria2023 {

        private List<ResultRow> rows() {
            return ResultParserTest.rows(ResultParser.parse(
                    RealRecordings.envelope("results/2023@9@results.json", "results", "RaceTable"),
                    RaceType.GRAND_PRIX));
        }

        @Test
        @DisplayName("the winner is Verstappen with 26 points, 5133607 ms and the fastest lap")
        void winner() {
            List<ResultRow> rows = rows();
            assertThat(rows).hasSize(20);
            RaceResult win = rows.get(0).result();
            assertThat(win.race()).isEqualTo(RaceKey.of(2023, 9));
            assertThat(win.type()).isEqualTo(RaceType.GRAND_PRIX);
            assertThat(win.driver().value()).isEqualTo("max_verstappen");
            assertThat(win.constructor().value()).isEqualTo("red_bull");
            assertThat(win.carNumber()).isEqualTo(1);
            assertThat(win.finishPosition()).isEqualTo(1);
            assertThat(win.positionText()).isEqualTo("1");
            assertThat(win.grid()).isEqualTo(1);
            assertThat(win.points()).isEqualTo(26.0);
            assertThat(win.status()).isEqualTo("Finished");
            assertThat(win.totalTimeMs()).isEqualTo(5_133_607L);
            assertThat(win.laps()).isEqualTo(71);
            assertThat(win.fastestLap()).isTrue();
            assertThat(rows.get(0).fastestLapRank()).isEqualTo(1);
            assertThat(rows.get(0).fastestLapTimeMs()).isEqualTo(67_012);
            assertThat(rows).filteredOn(r -> r.result().fastestLap()).hasSize(1);
        }

        @Test
        @DisplayName("the catalog records come with each row")
        void catalog() {
            ResultRow win = rows().get(0);
            assertThat(win.driver().code()).isEqualTo("VER");
            assertThat(win.driver().permanentNumber()).isEqualTo(33);
            assertThat(win.driver().dateOfBirth()).isEqualTo(LocalDate.of(1997, 9, 30));
            assertThat(win.driver().fullName()).isEqualTo("Max Verstappen");
            assertThat(win.constructor().name()).isEqualTo("Red Bull");
            assertThat(win.entry()).isEqualTo(new org.f1pipeline.domain.SeasonEntry(2023,
                    win.driver().id(), win.constructor().id(), 1, 9));
        }

        @Test
        @DisplayName("a lapped car is classified, status Lapped, with Jolpica's elapsed millis")
        void lapped() {
            RaceResult zhou = byDriver(rows(), "zhou").result();
            assertThat(zhou.finishPosition()).isEqualTo(12);
            assertThat(zhou.status()).isEqualTo("Lapped");
            assertThat(zhou.laps()).isEqualTo(70);
            assertThat(zhou.totalTimeMs()).isEqualTo(5_158_240L);
            assertThat(zhou.classified()).isTrue();
        }

        @Test
        @DisplayName("a retirement (positionText R) has no finishing position and no time")
        void retired() {
            RaceResult hul = byDriver(rows(), "hulkenberg").result();
            assertThat(hul.positionText()).isEqualTo("R");
            assertThat(hul.finishPosition()).isNull();
            assertThat(hul.classified()).isFalse();
            assertThat(hul.status()).isEqualTo("Retired");
            assertThat(hul.totalTimeMs()).isNull();
            assertThat(hul.laps()).isEqualTo(12);
            assertThat(hul.grid()).isEqualTo(8);
        }
    }

    @Test
    @DisplayName("the first page of the 2023 season results holds round 1 and the start of round 2")
    void seasonPage() {
        List<RaceGroup<ResultRow>> groups = ResultParser.parse(
                RealRecordings.envelope("results/2023@results.json", "results", "RaceTable"), RaceType.GRAND_PRIX);
        assertThat(groups).extracting(RaceGroup::race).containsExactly(RaceKey.of(2023, 1), RaceKey.of(2023, 2));
        assertThat(groups.get(0).rows()).hasSize(20);
        assertThat(groups.get(1).rows()).hasSize(10);
        assertThat(groups.get(1).rows().get(0).result().driver().value()).isEqualTo("perez");
        assertThat(rows(groups)).filteredOn(r -> r.result().positionText().equals("R"))
                .extracting(r -> r.driver().id().value()).containsExactly("ocon", "leclerc", "piastri");
    }

    @Nested
    @DisplayName("real 2023 sprint results")
    class Sprint2023 {

        private List<RaceGroup<ResultRow>> groups() {
            return ResultParser.parse(RealRecordings.envelope("sprint/2023@sprint.json", "sprint", "RaceTable"),
                    RaceType.SPRINT);
        }

        @Test
        @DisplayName("Baku's sprint: Perez wins 8 points; two DNFs; a pit-lane start is grid 0")
        void baku() {
            List<ResultRow> rows = rows(groups());
            RaceResult win = rows.get(0).result();
            assertThat(win.type()).isEqualTo(RaceType.SPRINT);
            assertThat(win.race()).isEqualTo(RaceKey.of(2023, 4));
            assertThat(win.driver().value()).isEqualTo("perez");
            assertThat(win.points()).isEqualTo(8.0);
            assertThat(win.totalTimeMs()).isEqualTo(1_997_667L);
            assertThat(byDriver(rows, "ocon").result().grid()).isZero();
            assertThat(byDriver(rows, "tsunoda").result().status()).isEqualTo("Collision damage");
            assertThat(byDriver(rows, "tsunoda").result().finishPosition()).isNull();
        }

        @Test
        @DisplayName("Baku's sprint has no fastest-lap ranks, so the quickest lap (Perez 1:43.616) is flagged")
        void fastestWithoutRanks() {
            List<ResultRow> baku = rows(groups()).stream().filter(r -> r.result().race().round() == 4).toList();
            assertThat(baku).allSatisfy(r -> assertThat(r.fastestLapRank()).isNull());
            assertThat(baku).filteredOn(r -> r.result().fastestLap()).singleElement()
                    .satisfies(r -> {
                        assertThat(r.driver().id().value()).isEqualTo("perez");
                        assertThat(r.fastestLapTimeMs()).isEqualTo(103_616);
                    });
        }

        @Test
        @DisplayName("Austria's sprint is split by the page: its first 10 rows are here, ranks are used as given")
        void splitAndRanked() {
            RaceGroup<ResultRow> austria = groups().get(1);
            assertThat(austria.race()).isEqualTo(RaceKey.of(2023, 9));
            assertThat(austria.rows()).hasSize(10);
            assertThat(ResultParser.flagFastestWithoutRanks(austria).rows())
                    .filteredOn(r -> r.result().fastestLap())
                    .extracting(r -> r.driver().id().value()).containsExactly("hulkenberg");
        }
    }

    @Test
    @DisplayName("Ergast-era rows: '+1 Lap' status, numeric positions and retirements (Piquet Jr 2008-09)")
    void ergastEra() {
        List<ResultRow> rows = rows(ResultParser.parse(
                RealRecordings.envelope("results/drivers@piquet_jr@results.json", "results", "RaceTable"),
                RaceType.GRAND_PRIX));
        assertThat(rows).hasSize(28);
        RaceResult turkey = rows.stream().filter(r -> r.result().race().equals(RaceKey.of(2008, 5))).findFirst()
                .orElseThrow().result();
        assertThat(turkey.status()).isEqualTo("+1 Lap");
        assertThat(turkey.finishPosition()).isEqualTo(15);
        assertThat(turkey.totalTimeMs()).isNull();
        RaceResult germany = rows.stream().filter(r -> r.result().race().equals(RaceKey.of(2008, 10))).findFirst()
                .orElseThrow().result();
        assertThat(germany.points()).isEqualTo(8.0);
        assertThat(germany.finishPosition()).isEqualTo(2);
        RaceResult brazil = rows.stream().filter(r -> r.result().race().equals(RaceKey.of(2008, 18))).findFirst()
                .orElseThrow().result();
        assertThat(brazil.finishPosition()).isNull();
        assertThat(brazil.laps()).isZero();
    }

    @Nested
    @DisplayName("synthetic rows")
    class Synthetic {

        private List<ResultRow> parseRow(ObjectNode row) {
            ObjectNode race = JolpicaJson.race(2024, 7);
            race.putArray("Results").add(row);
            ObjectNode root = JolpicaJson.page("2024/7/results", 100, 0, 1, "RaceTable",
                    JolpicaJson.raceTable("2024", List.of(race)));
            return rows(ResultParser.parse(JolpicaJson.envelope(root, "results", "RaceTable"), RaceType.GRAND_PRIX));
        }

        @Test
        @DisplayName("fractional points, W/D/F position texts and Jolpica's 'None' values are read")
        void oddValues() {
            ObjectNode row = JolpicaJson.result(3, "alpha", "team_a");
            row.put("points", "12.5").put("positionText", "D").put("grid", "None").put("laps", "None");
            row.remove("status");
            RaceResult r = parseRow(row).get(0).result();
            assertThat(r.points()).isEqualTo(12.5);
            assertThat(r.finishPosition()).isNull();
            assertThat(r.grid()).isZero();
            assertThat(r.laps()).isNull();
            assertThat(r.status()).isEqualTo("Disqualified");
        }

        @Test
        @DisplayName("a row without positionText falls back to position")
        void positionFallback() {
            ObjectNode row = JolpicaJson.result(4, "alpha", "team_a");
            row.remove("positionText");
            assertThat(parseRow(row).get(0).result().finishPosition()).isEqualTo(4);
        }

        @Test
        @DisplayName("a result without Driver.driverId is rejected with URL, race and path")
        void missingDriverId() {
            ObjectNode row = JolpicaJson.result(1, "alpha", "team_a");
            ((ObjectNode) row.get("Driver")).remove("driverId");
            assertThatThrownBy(() -> parseRow(row)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("https://api.jolpi.ca/ergast/f1/2024/7/results.json")
                    .hasMessageContaining("results race 2024-07")
                    .hasMessageContaining("missing required field MRData.RaceTable.Races[0].Results[0].Driver.driverId")
                    .satisfies(e -> assertThat(((SourceFormatException) e).snippet()).contains("Family_alpha"));
        }

        @Test
        @DisplayName("a result without Constructor is rejected, since the team is stored per result")
        void missingConstructor() {
            ObjectNode row = JolpicaJson.result(1, "alpha", "team_a");
            row.remove("Constructor");
            assertThatThrownBy(() -> parseRow(row)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("MRData.RaceTable.Races[0].Results[0].Constructor");
        }

        @Test
        @DisplayName("malformed millis and an out-of-range grid are format errors, not silent nulls")
        void malformed() {
            ObjectNode row = JolpicaJson.result(1, "alpha", "team_a");
            ((ObjectNode) row.get("Time")).put("millis", "1:23:20.001");
            assertThatThrownBy(() -> parseRow(row)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("bad value at MRData.RaceTable.Races[0].Results[0].Time.millis");
            ObjectNode row2 = JolpicaJson.result(1, "alpha", "team_a");
            row2.put("grid", "99");
            assertThatThrownBy(() -> parseRow(row2)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("invalid result at MRData.RaceTable.Races[0].Results[0]")
                    .hasMessageContaining("result.grid");
        }

        @Test
        @DisplayName("a driver id with a control character is reported with the row's path; upper case is kept")
        void badId() {
            ObjectNode row = JolpicaJson.result(1, "alpha", "team_a");
            ((ObjectNode) row.get("Driver")).put("driverId", "al\tpha");
            assertThatThrownBy(() -> parseRow(row)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("invalid driver at MRData.RaceTable.Races[0].Results[0].Driver")
                    .hasMessageContaining("driverId must not contain control characters, had U+0009 at index 2");
            ObjectNode upper = JolpicaJson.result(1, "scott_Brown", "team_a");
            assertThat(parseRow(upper).get(0).result().driver().value()).isEqualTo("scott_Brown");
        }

        @Test
        @DisplayName("a tie for the quickest lap without ranks flags nobody")
        void tie() {
            RaceKey key = RaceKey.of(2024, 7);
            ObjectNode a = JolpicaJson.result(1, "alpha", "team_a");
            ObjectNode b = JolpicaJson.result(2, "bravo", "team_b");
            for (ObjectNode r : List.of(a, b)) {
                ((ObjectNode) r.get("FastestLap")).remove("rank");
                ((ObjectNode) r.get("FastestLap").get("Time")).put("time", "1:10.000");
            }
            ObjectNode race = JolpicaJson.race(2024, 7);
            race.putArray("Results").add(a).add(b);
            ObjectNode root = JolpicaJson.page("2024/7/results", 100, 0, 2, "RaceTable",
                    JolpicaJson.raceTable("2024", List.of(race)));
            List<ResultRow> rows = rows(ResultParser.parse(JolpicaJson.envelope(root, "results", "RaceTable"),
                    RaceType.GRAND_PRIX));
            assertThat(rows).noneMatch(r -> r.result().fastestLap());
            assertThat(rows.get(0).result().race()).isEqualTo(key);
        }
    }
}
