package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.JolpicaJson;
import org.f1pipeline.source.jolpica.QualifyingRow;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QualifyingParserTest {

    private static List<QualifyingRow> rows(String recording) {
        return QualifyingParser.parse(RealRecordings.envelope(recording, "qualifying", "RaceTable")).stream()
                .flatMap(g -> g.rows().stream()).toList();
    }

    private static QualifyingResult at(List<QualifyingRow> rows, int position) {
        return rows.stream().filter(r -> r.result().position() == position).findFirst().orElseThrow().result();
    }

    @Test
    @DisplayName("2023 Dutch GP: pole 1:10.567, P11-15 without Q3, P16-20 without Q2 and Q3")
    void zandvoort() {
        List<QualifyingRow> rows = rows("qualifying/2023@13@qualifying.json");
        assertThat(rows).hasSize(20);
        QualifyingResult pole = at(rows, 1);
        assertThat(pole.race()).isEqualTo(RaceKey.of(2023, 13));
        assertThat(pole.driver().value()).isEqualTo("max_verstappen");
        assertThat(pole.constructor().value()).isEqualTo("red_bull");
        assertThat(pole.carNumber()).isEqualTo(1);
        assertThat(pole.q1Ms()).isEqualTo(80_965);
        assertThat(pole.q2Ms()).isEqualTo(78_856);
        assertThat(pole.q3Ms()).isEqualTo(70_567);
        assertThat(pole.sector1Ms()).isNull();
        assertThat(pole.speedTrapKph()).isNull();
        QualifyingResult p11 = at(rows, 11);
        assertThat(p11.driver().value()).isEqualTo("stroll");
        assertThat(p11.q2Ms()).isEqualTo(80_121);
        assertThat(p11.q3Ms()).isNull();
        QualifyingResult p20 = at(rows, 20);
        assertThat(p20.driver().value()).isEqualTo("lawson");
        assertThat(p20.constructor().value()).isEqualTo("alphatauri");
        assertThat(p20.carNumber()).isEqualTo(40);
        assertThat(p20.q1Ms()).isEqualTo(83_420);
        assertThat(p20.q2Ms()).isNull();
        assertThat(p20.q3Ms()).isNull();
    }

    @Test
    @DisplayName("2023 season page: an empty Q3 (took part, no time) is null; the best time ignores it")
    void emptySegment() {
        List<QualifyingRow> rows = rows("qualifying/2023@qualifying.json");
        QualifyingResult hulkenberg = rows.stream()
                .filter(r -> r.result().race().round() == 1 && r.driver().id().value().equals("hulkenberg"))
                .findFirst().orElseThrow().result();
        assertThat(hulkenberg.position()).isEqualTo(10);
        assertThat(hulkenberg.q3Ms()).isNull();
        assertThat(hulkenberg.bestTimeMs()).isEqualTo(90_809);
        QualifyingResult albon = rows.stream()
                .filter(r -> r.result().race().round() == 1 && r.driver().id().value().equals("albon"))
                .findFirst().orElseThrow().result();
        assertThat(albon.q2Ms()).isNull();
        assertThat(albon.q1Ms()).isEqualTo(91_461);
    }

    @Test
    @DisplayName("2008 two-part formats carry only Q1/Q2")
    void oldFormat() {
        List<QualifyingRow> rows = rows("qualifying/drivers@piquet_jr@qualifying.json");
        QualifyingResult bahrain = rows.stream().filter(r -> r.result().race().equals(RaceKey.of(2008, 3)))
                .findFirst().orElseThrow().result();
        assertThat(bahrain.position()).isEqualTo(14);
        assertThat(bahrain.q2Ms()).isEqualTo(92_790);
        assertThat(bahrain.q3Ms()).isNull();
    }

    @Test
    @DisplayName("a row without position is rejected with its path")
    void missingPosition() {
        String json = """
            {"MRData":{"xmlns":"","series":"f1","url":"https://api.jolpi.ca/ergast/f1/2024/1/qualifying.json",
             "limit":"100","offset":"0","total":"1","RaceTable":{"season":"2024","round":"1","Races":[
             {"season":"2024","round":"1","raceName":"Test Grand Prix","Circuit":{"circuitId":"test",
              "circuitName":"Test Ring"},"date":"2024-03-02",
              "QualifyingResults":[{"number":"9","Driver":{"driverId":"alpha","familyName":"A"},
               "Constructor":{"constructorId":"team_a","name":"Team A"},"Q1":"1:30.000"}]}]}}}
            """;
        assertThatThrownBy(() -> QualifyingParser.parse(JolpicaJson.envelope(JolpicaJson.parse(json),
                "qualifying", "RaceTable")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("qualifying race 2024-01")
                .hasMessageContaining("MRData.RaceTable.Races[0].QualifyingResults[0].position");
    }

    @Test
    @DisplayName("a malformed segment time is a format error naming the segment")
    void badTime() {
        String json = """
            {"MRData":{"xmlns":"","series":"f1","url":"https://api.jolpi.ca/ergast/f1/2024/1/qualifying.json",
             "limit":"100","offset":"0","total":"1","RaceTable":{"Races":[
             {"season":"2024","round":"1","raceName":"Test Grand Prix","Circuit":{"circuitId":"test",
              "circuitName":"Test Ring"},"date":"2024-03-02",
              "QualifyingResults":[{"number":"9","position":"1","Driver":{"driverId":"alpha","familyName":"A"},
               "Constructor":{"constructorId":"team_a","name":"Team A"},"Q1":"DNF"}]}]}}}
            """;
        assertThatThrownBy(() -> QualifyingParser.parse(JolpicaJson.envelope(JolpicaJson.parse(json),
                "qualifying", "RaceTable")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("QualifyingResults[0].Q1").hasMessageContaining("'DNF'");
    }
}
