package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.WeatherLabel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Parsers and derivations on real 2023 OpenF1 recordings (Bahrain, Miami and Canada races). */
class OpenF1RecordingsTest {

    private static final RaceKey BAHRAIN = RaceKey.of(2023, 1);
    private static final DriverId VER = DriverId.of("max_verstappen");

    static Session load(int meeting, int session) {
        Path dir = RealData.sessionDir(meeting, session);
        List<OpenF1Lap> laps = OpenF1Endpoint.LAPS.parse(RealData.perDriver(dir, "laps"), dir.toUri(), OpenF1Lap.class);
        List<OpenF1Stint> stints = OpenF1Endpoint.STINTS.parse(RealData.perDriver(dir, "stints"), dir.toUri(),
                OpenF1Stint.class);
        List<OpenF1Weather> weather = OpenF1Endpoint.WEATHER.parse(RealData.file(dir.resolve("weather.json")),
                dir.toUri(), OpenF1Weather.class);
        return new Session(laps, stints, weather);
    }

    record Session(List<OpenF1Lap> laps, List<OpenF1Stint> stints, List<OpenF1Weather> weather) {
    }

    @Nested
    class Bahrain2023 {

        private final Session s = load(1141, 7953);

        @Test
        @DisplayName("a Verstappen lap keeps its sectors, speeds and start time")
        void verstappenLap20() {
            OpenF1Lap lap = s.laps().stream().filter(l -> l.driverNumber() == 1 && l.lapNumber() == 20)
                    .findFirst().orElseThrow();
            assertThat(lap.meetingKey()).isEqualTo(1141);
            assertThat(lap.sessionKey()).isEqualTo(7953);
            assertThat(lap.lapDuration()).isEqualTo(97.788);
            assertThat(lap.sector1()).isEqualTo(31.186);
            assertThat(lap.sector2()).isEqualTo(42.766);
            assertThat(lap.sector3()).isEqualTo(23.836);
            assertThat(lap.i1Speed()).isEqualTo(230);
            assertThat(lap.i2Speed()).isEqualTo(237);
            assertThat(lap.stSpeed()).isEqualTo(291);
            assertThat(lap.pitOutLap()).isFalse();
            assertThat(lap.dateStart()).isEqualTo(Instant.parse("2023-03-05T15:35:06.747Z"));
        }

        @Test
        @DisplayName("null speed traps stay null")
        void nullsKept() {
            OpenF1Lap lap3 = s.laps().stream().filter(l -> l.driverNumber() == 1 && l.lapNumber() == 3)
                    .findFirst().orElseThrow();
            assertThat(lap3.i1Speed()).isNull();
            assertThat(s.laps()).hasSize(1058);
            assertThat(s.laps().stream().filter(l -> l.lapDuration() == null)).hasSize(3);
        }

        @Test
        @DisplayName("Verstappen's stints are SOFT, SOFT, HARD")
        void stints() {
            List<OpenF1Stint> ver = s.stints().stream().filter(st -> st.driverNumber() == 1).toList();
            assertThat(ver).extracting(OpenF1Stint::compound).containsExactly("SOFT", "SOFT", "HARD");
            assertThat(ver).extracting(OpenF1Stint::lapStart).containsExactly(1, 15, 37);
            assertThat(ver.get(0).tyreAgeAtStart()).isEqualTo(3);
        }

        @Test
        @DisplayName("lap rows carry compound, tyre life, stint and pit flags")
        void lapTimes() {
            Map<Integer, LapTime> laps = OpenF1Derivations.lapTimes(BAHRAIN, RaceType.GRAND_PRIX, 1, VER, s.laps(),
                    s.stints(), List.of()).stream().collect(Collectors.toMap(LapTime::lap, l -> l));
            assertThat(laps).hasSize(57);
            LapTime first = laps.get(1);
            assertThat(first.compound()).isEqualTo("SOFT");
            assertThat(first.tyreLife()).isEqualTo(4);
            assertThat(first.freshTyre()).isFalse();
            assertThat(first.lapTimeMs()).isEqualTo(99_359);
            LapTime lap20 = laps.get(20);
            assertThat(lap20.sector1Ms()).isEqualTo(31_186);
            assertThat(lap20.sector2Ms()).isEqualTo(42_766);
            assertThat(lap20.sector3Ms()).isEqualTo(23_836);
            assertThat(lap20.speedTrapKph()).isEqualTo(291.0);
            assertThat(laps.get(14).pitIn()).isTrue();
            assertThat(laps.get(15).pitOut()).isTrue();
            assertThat(laps.get(15).stint()).isEqualTo(2);
            assertThat(laps.get(15).tyreLife()).isEqualTo(3);
            LapTime hard = laps.get(37);
            assertThat(hard.compound()).isEqualTo("HARD");
            assertThat(hard.stint()).isEqualTo(3);
            assertThat(hard.tyreLife()).isEqualTo(1);
            assertThat(hard.freshTyre()).isTrue();
            assertThat(laps.values().stream().filter(LapTime::pitIn)).extracting(LapTime::lap).containsExactly(14, 36);
        }

        @Test
        @DisplayName("the fastest lap is Zhou's 1:33.996 on lap 56")
        void fastestLap() {
            OpenF1Lap fastest = OpenF1Derivations.fastestLap(s.laps()).orElseThrow();
            assertThat(fastest.driverNumber()).isEqualTo(24);
            assertThat(fastest.lapNumber()).isEqualTo(56);
            assertThat(fastest.lapDuration()).isEqualTo(93.996);
        }

        @Test
        @DisplayName("best sectors are taken separately, top speed is the highest trap")
        void bests() {
            QualifyingBests ver = OpenF1Derivations.qualifyingBests(s.laps()).get(1);
            assertThat(ver.sector1Ms()).isEqualTo(30_783);
            assertThat(ver.sector2Ms()).isEqualTo(41_747);
            assertThat(ver.sector3Ms()).isEqualTo(23_448);
            assertThat(ver.speedTrapKph()).isEqualTo(303.0);
            assertThat(ver.bestLapMs()).isEqualTo(96_236);
        }

        @Test
        @DisplayName("the weather is dry with mean air 27.4, track 31.0 and humidity 21.5 (space-separated dates)")
        void weather() {
            assertThat(s.weather()).hasSize(161);
            assertThat(s.weather().get(0).date()).isEqualTo(Instant.parse("2023-03-05T14:01:47.286Z"));
            RaceConditions c = OpenF1Derivations.conditions(BAHRAIN, RaceType.GRAND_PRIX, s.weather(), null);
            assertThat(c.weather()).isEqualTo(WeatherLabel.DRY);
            assertThat(c.rainfallShare()).isZero();
            assertThat(c.airTempC()).isEqualTo(27.4);
            assertThat(c.trackTempC()).isEqualTo(31.0);
            assertThat(c.humidityPct()).isEqualTo(21.5);
            assertThat(c.safetyCarLaps()).isNull();
        }
    }

    @Nested
    class Canada2023 {

        private final Session s = load(1212, 9110);

        @Test
        @DisplayName("a stint starting on the previous stint's last lap leaves the in-lap on the old set")
        void overlappingStintBoundary() {
            Map<Integer, LapTime> laps = OpenF1Derivations.lapTimes(RaceKey.of(2023, 8), RaceType.GRAND_PRIX, 1, VER,
                    s.laps(), s.stints(), List.of()).stream().collect(Collectors.toMap(LapTime::lap, l -> l));
            assertThat(laps.get(12).compound()).isEqualTo("MEDIUM");
            assertThat(laps.get(12).pitIn()).isTrue();
            assertThat(laps.get(12).tyreLife()).isEqualTo(12);
            assertThat(laps.get(13).compound()).isEqualTo("HARD");
            assertThat(laps.get(13).pitOut()).isTrue();
            assertThat(laps.get(13).tyreLife()).isEqualTo(1);
            assertThat(laps.get(43).compound()).isEqualTo("MEDIUM");
            assertThat(laps.get(43).stint()).isEqualTo(3);
        }

        @Test
        @DisplayName("weather means are rounded to 0.1")
        void weather() {
            RaceConditions c = OpenF1Derivations.conditions(RaceKey.of(2023, 8), RaceType.GRAND_PRIX, s.weather(),
                    null);
            assertThat(c.weather()).isEqualTo(WeatherLabel.DRY);
            assertThat(c.airTempC()).isEqualTo(18.5);
            assertThat(c.trackTempC()).isEqualTo(30.6);
            assertThat(c.humidityPct()).isEqualTo(63.9);
        }
    }

    @Nested
    class Miami2023 {

        @Test
        @DisplayName("every lap of every driver converts to a valid domain row")
        void allLapsConvert() {
            Session s = load(1208, 9078);
            List<LapTime> all = OpenF1Derivations.lapTimes(RaceKey.of(2023, 5), RaceType.GRAND_PRIX, s.laps(),
                    s.stints(), List.of(), n -> DriverId.of("car_" + n));
            // Verstappen's lap 58 row (after the 57-lap race) has no timing and no stint: it is left out.
            assertThat(all).hasSize(s.laps().size() - 1);
            assertThat(all).noneMatch(l -> l.driver().value().equals("car_1") && l.lap() == 58);
            assertThat(all).allSatisfy(l -> assertThat(l.compound()).isIn("SOFT", "MEDIUM", "HARD"));
            assertThat(OpenF1Derivations.fastestLap(s.laps()).orElseThrow().lapDuration()).isEqualTo(89.708);
        }
    }
}
