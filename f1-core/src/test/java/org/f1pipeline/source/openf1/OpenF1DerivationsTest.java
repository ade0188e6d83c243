package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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

/** The session derivations on hand-built rows. */
class OpenF1DerivationsTest {

    private static final RaceKey RACE = RaceKey.of(2024, 6);
    private static final DriverId NOR = DriverId.of("norris");

    @Nested
    class Laps {

        private final List<OpenF1Lap> laps = List.of(
                Rows.lap(4, 1, null, 40.0, 31.5, 30.1, 280, false),
                Rows.lap(4, 2, 91.234, 30.0, 31.0, 30.234, 301, false),
                Rows.lap(4, 3, 95.0, 30.5, 31.0, 33.5, 290, false),
                Rows.lap(4, 4, 110.0, 45.0, 35.0, 30.0, null, true),
                Rows.lap(4, 5, 92.0, 30.2, 31.1, 30.7, 305, false),
                Rows.lap(4, 6, 93.0, 30.2, 31.1, 31.7, 300, false),
                Rows.lap(4, 7, 120.0, 50.0, 35.0, 35.0, 200, true),
                Rows.lap(81, 1, 99.0));
        private final List<OpenF1Stint> stints = List.of(
                Rows.stint(4, 1, 1, 3, "MEDIUM", 0),
                Rows.stint(4, 2, 4, 6, "HARD", 2),
                Rows.stint(4, 3, 6, 7, "SOFT", null),
                Rows.stint(81, 1, 1, 1, "SOFT", 0));

        private Map<Integer, LapTime> build(List<OpenF1Pit> pits) {
            return OpenF1Derivations.lapTimes(RACE, RaceType.GRAND_PRIX, 4, NOR, laps, stints, pits).stream()
                    .collect(Collectors.toMap(LapTime::lap, l -> l));
        }

        @Test
        @DisplayName("times become ms, nulls stay null, speed trap is st_speed")
        void timings() {
            Map<Integer, LapTime> rows = build(List.of());
            assertThat(rows).hasSize(7);
            assertThat(rows.get(1).lapTimeMs()).isNull();
            assertThat(rows.get(1).sector1Ms()).isEqualTo(40_000);
            assertThat(rows.get(2).lapTimeMs()).isEqualTo(91_234);
            assertThat(rows.get(2).sector3Ms()).isEqualTo(30_234);
            assertThat(rows.get(2).speedTrapKph()).isEqualTo(301.0);
            assertThat(rows.get(4).speedTrapKph()).isNull();
            assertThat(rows.values()).allSatisfy(l -> {
                assertThat(l.driver()).isEqualTo(NOR);
                assertThat(l.race()).isEqualTo(RACE);
                assertThat(l.type()).isEqualTo(RaceType.GRAND_PRIX);
            });
        }

        @Test
        @DisplayName("compound, stint and tyre life come from the stint covering the lap")
        void tyres() {
            Map<Integer, LapTime> rows = build(List.of());
            assertThat(rows.get(1).compound()).isEqualTo("MEDIUM");
            assertThat(rows.get(1).tyreLife()).isEqualTo(1);
            assertThat(rows.get(1).freshTyre()).isTrue();
            assertThat(rows.get(3).tyreLife()).isEqualTo(3);
            assertThat(rows.get(4).compound()).isEqualTo("HARD");
            assertThat(rows.get(4).stint()).isEqualTo(2);
            assertThat(rows.get(4).tyreLife()).isEqualTo(3);
            assertThat(rows.get(4).freshTyre()).isFalse();
            // Lap 6 is claimed by stints 2 and 3 but is no pit-out lap: it was run on the old (HARD) set.
            assertThat(rows.get(6).compound()).isEqualTo("HARD");
            assertThat(rows.get(7).compound()).isEqualTo("SOFT");
            assertThat(rows.get(7).stint()).isEqualTo(3);
            assertThat(rows.get(7).tyreLife()).isNull();
            assertThat(rows.get(7).freshTyre()).isNull();
        }

        @Test
        @DisplayName("a lap claimed by two stints that is a pit-out lap belongs to the new stint")
        void pitOutBoundary() {
            List<OpenF1Lap> ls = List.of(Rows.lap(4, 9, 90.0), Rows.lap(4, 10, 120.0, null, null, null, null, true),
                    Rows.lap(4, 11, 90.0));
            List<OpenF1Stint> ss = List.of(Rows.stint(4, 1, 1, 10, "SOFT", 0), Rows.stint(4, 2, 10, 20, "HARD", 0));
            Map<Integer, LapTime> rows = OpenF1Derivations.lapTimes(RACE, RaceType.SPRINT, 4, NOR, ls, ss, List.of())
                    .stream().collect(Collectors.toMap(LapTime::lap, l -> l));
            assertThat(rows.get(9).compound()).isEqualTo("SOFT");
            assertThat(rows.get(9).pitIn()).isTrue();
            assertThat(rows.get(10).compound()).isEqualTo("HARD");
            assertThat(rows.get(10).tyreLife()).isEqualTo(1);
            assertThat(rows.get(11).tyreLife()).isEqualTo(2);
        }

        @Test
        @DisplayName("pit-in comes from pit rows or from the next lap being a pit-out lap")
        void pitFlags() {
            Map<Integer, LapTime> rows = build(List.of(Rows.pit(4, 3), Rows.pit(4, 5), Rows.pit(81, 2)));
            assertThat(rows.values().stream().filter(LapTime::pitIn).map(LapTime::lap)).containsExactly(3, 5, 6);
            assertThat(rows.values().stream().filter(LapTime::pitOut).map(LapTime::lap)).containsExactly(4, 7);
        }

        @Test
        @DisplayName("all drivers at once, with a resolver that may skip a car")
        void allDrivers() {
            List<LapTime> all = OpenF1Derivations.lapTimes(RACE, RaceType.GRAND_PRIX, laps, stints, List.of(),
                    n -> n == 81 ? null : NOR);
            assertThat(all).hasSize(7);
            assertThatThrownBy(() -> OpenF1Derivations.lapTimes(RACE, RaceType.GRAND_PRIX, laps, stints, List.of(),
                    n -> {
                        throw new IllegalStateException("unknown " + n);
                    })).hasMessageContaining("unknown 4");
        }

        @Test
        @DisplayName("placeholder compounds are unknown, duplicates keep the last version")
        void quirks() {
            List<OpenF1Lap> ls = List.of(Rows.lap(4, 1, 95.0), Rows.lap(4, 1, 94.5));
            List<LapTime> rows = OpenF1Derivations.lapTimes(RACE, RaceType.GRAND_PRIX, 4, NOR, ls,
                    List.of(Rows.stint(4, 1, 1, null, "UNKNOWN", 0)), List.of());
            assertThat(rows).singleElement().satisfies(l -> {
                assertThat(l.lapTimeMs()).isEqualTo(94_500);
                assertThat(l.compound()).isNull();
                assertThat(l.stint()).isEqualTo(1);
            });
        }
    }

    @Nested
    class Bests {

        @Test
        @DisplayName("sectors are minimised separately, speed maximised, across every lap")
        void bests() {
            List<OpenF1Lap> laps = List.of(
                    Rows.lap(16, 1, null, 25.0, 40.0, 30.0, 320, true),
                    Rows.lap(16, 2, 88.0, 26.5, 31.0, 30.5, 330, false),
                    Rows.lap(16, 3, 87.9, 26.0, 31.2, 30.7, 315, false),
                    Rows.lap(55, 1, null));
            Map<Integer, QualifyingBests> bests = OpenF1Derivations.qualifyingBests(laps);
            assertThat(bests.get(16)).isEqualTo(new QualifyingBests(16, 25_000, 31_000, 30_000, 330.0, 87_900));
            assertThat(bests.get(55)).isEqualTo(new QualifyingBests(55, null, null, null, null, null));
            assertThat(bests.keySet()).containsExactly(16, 55);
        }

        @Test
        @DisplayName("the fastest lap is the smallest positive time; ties go to the earlier lap")
        void fastest() {
            List<OpenF1Lap> laps = List.of(Rows.lap(1, 5, 90.5), Rows.lap(44, 3, 90.1), Rows.lap(4, 2, 90.1),
                    Rows.lap(2, 1, 0.0), Rows.lap(3, 1, null));
            assertThat(OpenF1Derivations.fastestLap(laps)).get().extracting(OpenF1Lap::driverNumber).isEqualTo(4);
            assertThat(OpenF1Derivations.fastestLap(List.of(Rows.lap(1, 1, null)))).isEmpty();
        }
    }

    @Nested
    class Conditions {

        private RaceConditions of(List<OpenF1Weather> w, List<OpenF1RaceControl> rc) {
            return OpenF1Derivations.conditions(RACE, RaceType.GRAND_PRIX, w, rc);
        }

        private List<OpenF1Weather> samples(int wet, int dry) {
            List<OpenF1Weather> w = new ArrayList<>();
            for (int i = 0; i < wet; i++) {
                w.add(Rows.weather(20, 25, 80, true));
            }
            for (int i = 0; i < dry; i++) {
                w.add(Rows.weather(20, 25, 80, false));
            }
            return w;
        }

        @Test
        @DisplayName("rainfall share over 0.5 is wet, over 0.1 mixed, else dry")
        void labels() {
            assertThat(of(samples(6, 4), null).weather()).isEqualTo(WeatherLabel.WET);
            assertThat(of(samples(5, 5), null).weather()).isEqualTo(WeatherLabel.MIXED);
            assertThat(of(samples(2, 8), null).weather()).isEqualTo(WeatherLabel.MIXED);
            assertThat(of(samples(1, 9), null).weather()).isEqualTo(WeatherLabel.DRY);
            assertThat(of(samples(1, 9), null).rainfallShare()).isEqualTo(0.1);
        }

        @Test
        @DisplayName("means are rounded to 0.1; samples with null rainfall do not count for the share")
        void means() {
            List<OpenF1Weather> w = List.of(Rows.weather(20.0, 30.0, 50.0, false),
                    Rows.weather(20.1, 30.3, 51.0, true), Rows.weather(20.15, 30.35, 51.0, null));
            RaceConditions c = of(w, null);
            assertThat(c.airTempC()).isEqualTo(20.1);
            assertThat(c.trackTempC()).isEqualTo(30.2);
            assertThat(c.humidityPct()).isEqualTo(50.7);
            assertThat(c.rainfallShare()).isEqualTo(0.5);
            assertThat(c.weather()).isEqualTo(WeatherLabel.MIXED);
        }

        @Test
        @DisplayName("no samples and no race-control rows mean unknown, not dry and not zero")
        void unknown() {
            RaceConditions c = of(List.of(), List.of());
            assertThat(c.weather()).isNull();
            assertThat(c.rainfallShare()).isNull();
            assertThat(c.airTempC()).isNull();
            assertThat(c.safetyCarLaps()).isNull();
            assertThat(c.virtualSafetyCarLaps()).isNull();
        }

        @Test
        @DisplayName("SC and VSC counts come from race control")
        void safetyCar() {
            RaceConditions c = of(samples(0, 3), List.of(
                    Rows.rc(0, 1, "Flag", "GREEN", "GREEN LIGHT - PIT EXIT OPEN"),
                    Rows.rc(10, 5, "SafetyCar", null, "VIRTUAL SAFETY CAR DEPLOYED"),
                    Rows.rc(20, 6, "SafetyCar", null, "VIRTUAL SAFETY CAR ENDING"),
                    Rows.rc(30, 57, "Flag", "CHEQUERED", "CHEQUERED FLAG")));
            assertThat(c.safetyCarLaps()).isZero();
            assertThat(c.virtualSafetyCarLaps()).isEqualTo(2);
            assertThat(c.weather()).isEqualTo(WeatherLabel.DRY);
        }
    }

    @Nested
    class SafetyCar {

        @Test
        @DisplayName("a Safety Car runs from DEPLOYED to IN THIS LAP inclusive (Miami 2025 sprint: 15-18)")
        void deployedToInThisLap() {
            SafetyCarLaps sc = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(0, 1, "Flag", "GREEN", "GREEN LIGHT - PIT EXIT OPEN"),
                    Rows.rc(1, 1, "Flag", "RED", "RED FLAG"),
                    Rows.rc(2, 1, "Flag", "CLEAR", "TRACK CLEAR"),
                    Rows.rc(3, 15, "SafetyCar", null, "SAFETY CAR DEPLOYED"),
                    Rows.rc(4, 16, "Other", null, "FIA STEWARDS: INCIDENT INVOLVING CAR 23 (ALB) WILL BE "
                            + "INVESTIGATED AFTER THE SPRINT - SAFETY CAR PROCEDURE INFRINGEMENT"),
                    Rows.rc(5, 18, "SafetyCar", null, "SAFETY CAR IN THIS LAP"),
                    Rows.rc(6, 18, "Flag", "CHEQUERED", "CHEQUERED FLAG")));
            assertThat(sc.safetyCar()).containsExactly(15, 16, 17, 18);
            assertThat(sc.virtualSafetyCar()).isEmpty();
        }

        @Test
        @DisplayName("messages are ordered by date before the periods are rebuilt")
        void ordering() {
            SafetyCarLaps sc = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(5, 12, "SafetyCar", null, "SAFETY CAR IN THIS LAP"),
                    Rows.rc(1, 10, "SafetyCar", null, "SAFETY CAR DEPLOYED")));
            assertThat(sc.safetyCarLapCount()).isEqualTo(3);
        }

        @Test
        @DisplayName("a VSC turned into a Safety Car ends where the Safety Car starts")
        void vscToSc() {
            SafetyCarLaps sc = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(1, 20, "SafetyCar", null, "VIRTUAL SAFETY CAR DEPLOYED"),
                    Rows.rc(2, 21, "SafetyCar", null, "SAFETY CAR DEPLOYED"),
                    Rows.rc(3, 24, "SafetyCar", null, "SAFETY CAR IN THIS LAP")));
            assertThat(sc.virtualSafetyCar()).containsExactly(20, 21);
            assertThat(sc.safetyCar()).containsExactly(21, 22, 23, 24);
        }

        @Test
        @DisplayName("a red flag closes the Safety Car; a restart behind it counts its own lap")
        void redFlag() {
            SafetyCarLaps sc = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(1, 1, "SafetyCar", null, "SAFETY CAR DEPLOYED"),
                    Rows.rc(2, 2, "Flag", "RED", "RED FLAG"),
                    Rows.rc(3, 3, "Other", null, "RACE WILL RESUME AT 15:42"),
                    Rows.rc(4, 3, "SafetyCar", null, "SAFETY CAR IN THIS LAP")));
            assertThat(sc.safetyCar()).containsExactly(1, 2, 3);
        }

        @Test
        @DisplayName("a period still open at the end closes at the last lap; a race finishing under SC counts")
        void openAtEnd() {
            SafetyCarLaps sc = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(1, 48, "SafetyCar", null, "SAFETY CAR DEPLOYED"),
                    Rows.rc(2, 50, "Flag", "YELLOW", "YELLOW IN TRACK SECTOR 4"),
                    Rows.rc(3, null, "Other", null, "DRIVERS ARE REMINDED")));
            assertThat(sc.safetyCar()).containsExactly(48, 49, 50);
            SafetyCarLaps chequered = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(1, 48, "SafetyCar", null, "SAFETY CAR DEPLOYED"),
                    Rows.rc(2, 53, "Flag", "CHEQUERED", "CHEQUERED FLAG")));
            assertThat(chequered.safetyCarLapCount()).isEqualTo(6);
        }

        @Test
        @DisplayName("stewards' notes and a formation lap behind the Safety Car open nothing")
        void noise() {
            SafetyCarLaps sc = OpenF1Derivations.safetyCarLaps(List.of(
                    Rows.rc(1, 1, "Other", null, "FORMATION LAP WILL BE STARTED BEHIND THE SAFETY CAR"),
                    Rows.rc(2, 3, "Other", null, "CORRECTION: INCIDENT INVOLVING CAR 23 (ALB) NOTED - SAFETY CAR "
                            + "DEPLOYED INFRINGEMENT"),
                    Rows.rc(3, 4, "Flag", null, "RED FLAG INCIDENT INVOLVING CAR 7 (RAI) WILL BE INVESTIGATED"),
                    Rows.rc(4, 9, "Other", null, "SAFETY CAR DEPLOYED")));
            assertThat(sc.safetyCar()).isEmpty();
            assertThat(sc.virtualSafetyCar()).isEmpty();
        }
    }

    @Nested
    class Positions {

        @Test
        @DisplayName("classification leaves out unclassified cars and is in finishing order")
        void classification() {
            List<OpenF1SessionResult> r = List.of(result(44, 2), result(1, 1), result(18, null));
            assertThat(OpenF1Derivations.classification(r)).containsExactly(Map.entry(1, 1), Map.entry(44, 2));
        }

        @Test
        @DisplayName("grid slots per car")
        void grid() {
            List<OpenF1StartingGrid> g = List.of(new OpenF1StartingGrid(1, 9, 16, 2, 76.9),
                    new OpenF1StartingGrid(1, 9, 1, 1, 76.7));
            assertThat(OpenF1Derivations.grid(g)).containsExactly(Map.entry(1, 1), Map.entry(16, 2));
        }

        private OpenF1SessionResult result(int driver, Integer position) {
            return new OpenF1SessionResult(1, 10, driver, position, 57, false, false, false, null, List.of(), null,
                    List.of(), null);
        }
    }
}
