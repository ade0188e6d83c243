package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.JolpicaJson;
import org.f1pipeline.source.jolpica.PitStop;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LapAndPitStopParserTest {

    @Test
    @DisplayName("2023 Bahrain laps page 1: lap 1 for 20 drivers and lap 2 for 10, as basic lap rows")
    void bahrainLaps() {
        Envelope page = RealRecordings.envelope("laps/2023@1@laps.json", "laps", "RaceTable");
        assertThat(page.total()).isEqualTo(1055);
        List<RaceGroup<LapTime>> groups = LapParser.parse(page);
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.race()).isEqualTo(RaceKey.of(2023, 1)));
        List<LapTime> laps = groups.get(0).rows();
        assertThat(laps).hasSize(30);
        LapTime first = laps.get(0);
        assertThat(first).isEqualTo(LapTime.basic(RaceKey.of(2023, 1), RaceType.GRAND_PRIX,
                org.f1pipeline.domain.DriverId.of("max_verstappen"), 1, 99_019, 1));
        assertThat(laps.get(19).driver().value()).isEqualTo("de_vries");
        assertThat(laps.get(19).lapTimeMs()).isEqualTo(109_959);
        assertThat(laps.get(29).lap()).isEqualTo(2);
        assertThat(laps.get(29).position()).isEqualTo(10);
        assertThat(laps).allSatisfy(l -> {
            assertThat(l.pitIn()).isFalse();
            assertThat(l.compound()).isNull();
        });
    }

    @Test
    @DisplayName("a page starting inside a lap (2023 Austin, offset 45) begins at lap 3 position 6")
    void midLapPage() {
        List<LapTime> laps = LapParser.parse(RealRecordings.envelope("laps/2023@18@laps.json^offset=45", "laps",
                "RaceTable")).get(0).rows();
        assertThat(laps).hasSize(30);
        assertThat(laps.get(0).lap()).isEqualTo(3);
        assertThat(laps.get(0).position()).isEqualTo(6);
        assertThat(laps.get(0).driver().value()).isEqualTo("piastri");
        assertThat(laps.get(0).lapTimeMs()).isEqualTo(102_929);
    }

    @Test
    @DisplayName("a timing without driverId is rejected with the lap's path")
    void missingDriver() {
        String json = """
            {"MRData":{"xmlns":"","series":"f1","url":"https://api.jolpi.ca/ergast/f1/2024/3/laps.json",
             "limit":"100","offset":"0","total":"1","RaceTable":{"Races":[
             {"season":"2024","round":"3","raceName":"Test Grand Prix","Circuit":{"circuitId":"test",
              "circuitName":"Test Ring"},"date":"2024-03-24",
              "Laps":[{"number":"1","Timings":[{"time":"1:40.000","position":"1"}]}]}]}}}
            """;
        assertThatThrownBy(() -> LapParser.parse(JolpicaJson.envelope(JolpicaJson.parse(json), "laps",
                "RaceTable")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("laps race 2024-03")
                .hasMessageContaining("MRData.RaceTable.Races[0].Laps[0].Timings[0].driverId");
    }

    @Test
    @DisplayName("2023 Austin pit stops: stop, lap, local time and duration")
    void austinPitStops() {
        List<PitStop> stops = PitStopParser.parse(RealRecordings.envelope("pitstops/2023@18@pitstops.json",
                "pitstops", "RaceTable")).get(0).rows();
        assertThat(stops).hasSize(30);
        PitStop zhou = stops.get(0);
        assertThat(zhou.race()).isEqualTo(RaceKey.of(2023, 18));
        assertThat(zhou.driver().value()).isEqualTo("zhou");
        assertThat(zhou.lap()).isEqualTo(9);
        assertThat(zhou.stop()).isEqualTo(1);
        assertThat(zhou.localTime()).isEqualTo(LocalTime.of(14, 19, 22));
        assertThat(zhou.durationMs()).isEqualTo(25_636);
    }

    @Test
    @DisplayName("2023 Bahrain pit stops page 2 (offset 30) includes Norris's sixth stop")
    void bahrainSecondPage() {
        List<PitStop> stops = PitStopParser.parse(RealRecordings.envelope("pitstops/2023@1@pitstops.json^offset=30",
                "pitstops", "RaceTable")).get(0).rows();
        assertThat(stops).hasSize(20);
        assertThat(stops).filteredOn(s -> s.driver().value().equals("norris")).extracting(PitStop::stop)
                .contains(4, 6);
        assertThat(stops.get(5).durationMs()).isEqualTo(44_518);
    }

    @Test
    @DisplayName("a red-flag duration over a minute and an empty duration are read")
    void durations() {
        String json = """
            {"MRData":{"xmlns":"","series":"f1","url":"https://api.jolpi.ca/ergast/f1/2024/3/pitstops.json",
             "limit":"100","offset":"0","total":"2","RaceTable":{"Races":[
             {"season":"2024","round":"3","raceName":"Test Grand Prix","Circuit":{"circuitId":"test",
              "circuitName":"Test Ring"},"date":"2024-03-24",
              "PitStops":[{"driverId":"alpha","lap":"33","stop":"2","time":"15:53:11","duration":"40:55.302"},
                          {"driverId":"bravo","lap":"34","stop":"1","time":"15:54:11","duration":""}]}]}}}
            """;
        List<PitStop> stops = PitStopParser.parse(JolpicaJson.envelope(JolpicaJson.parse(json), "pitstops",
                "RaceTable")).get(0).rows();
        assertThat(stops.get(0).durationMs()).isEqualTo(2_455_302);
        assertThat(stops.get(1).durationMs()).isNull();
    }
}
