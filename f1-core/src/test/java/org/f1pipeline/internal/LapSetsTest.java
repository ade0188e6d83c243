package org.f1pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lap digest (every field counts, order does not) and the split of a call by session. */
class LapSetsTest {

    private static final RaceKey RACE = RaceKey.of(2024, 5);

    private static LapTime full() {
        return new LapTime(RACE, RaceType.GRAND_PRIX, DriverId.of("norris"), 12, 95_123, 30_001, 32_002, 33_120,
                311.4, "MEDIUM", 7, Boolean.TRUE, false, true, 2, "1", 4);
    }

    /** The full lap with one field changed (or nulled), for each field. */
    private static List<LapTime> variants() {
        LapTime l = full();
        return List.of(
                new LapTime(RaceKey.of(2023, 5), l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(),
                        l.sector2Ms(), l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(),
                        l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                new LapTime(RaceKey.of(2024, 6), l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(),
                        l.sector2Ms(), l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(),
                        l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, RaceType.SPRINT, l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), DriverId.of("piastri"), l.lap(), l.lapTimeMs(), l.sector1Ms(),
                        l.sector2Ms(), l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(),
                        l.pitIn(), l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), 13, l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), null, l.sector1Ms(), l.sector2Ms(), l.sector3Ms(),
                        l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), 95_124, l.sector1Ms(), l.sector2Ms(), l.sector3Ms(),
                        l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), null, l.sector2Ms(), l.sector3Ms(),
                        l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                // Two sectors swapped: the same values in other fields.
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector2Ms(), l.sector1Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(), null,
                        l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), 311.5, l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), null, l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), "HARD", l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), null, l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), 0, l.freshTyre(), l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), null, l.pitIn(), l.pitOut(),
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), Boolean.FALSE, l.pitIn(),
                        l.pitOut(), l.stint(), l.trackStatus(), l.position()),
                // pitIn and pitOut swapped.
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), true, false,
                        l.stint(), l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), 3, l.trackStatus(), l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), l.stint(), "14", l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), l.stint(), null, l.position()),
                new LapTime(RACE, l.type(), l.driver(), l.lap(), l.lapTimeMs(), l.sector1Ms(), l.sector2Ms(),
                        l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(),
                        l.pitOut(), l.stint(), l.trackStatus(), 5));
    }

    @Test
    @DisplayName("the lap digest changes with every field, null included, and not with the order of the laps")
    void digestSeesEveryField() {
        Set<Long> digests = new HashSet<>();
        digests.add(InputDigest.ofLaps(List.of(full())));
        for (LapTime variant : variants()) {
            assertThat(digests.add(InputDigest.ofLaps(List.of(variant)))).as("%s", variant).isTrue();
        }
        List<LapTime> laps = new ArrayList<>(variants());
        long digest = InputDigest.ofLaps(laps);
        Collections.shuffle(laps, new Random(3));
        assertThat(InputDigest.ofLaps(laps)).isEqualTo(digest);
        assertThat(InputDigest.ofLaps(laps.subList(1, laps.size()))).isNotEqualTo(digest);
        assertThat(InputDigest.ofLaps(List.of())).isNotZero();
    }

    @Test
    @DisplayName("a call splits into sessions in first-appearance order; a repeated key marks its session only")
    void splitsBySession() {
        LapTime a = full();
        LapTime sprint = variants().get(2);
        LapTime otherDriver = variants().get(3);
        LapTime otherLap = variants().get(4);
        List<LapSets.Group> groups = LapSets.of(List.of(sprint, a, otherDriver, sprint, otherLap));

        assertThat(groups).extracting(LapSets.Group::type).containsExactly(RaceType.SPRINT, RaceType.GRAND_PRIX);
        assertThat(groups.get(0).laps()).containsExactly(sprint, sprint);
        assertThat(groups.get(0).distinct()).isFalse();
        assertThat(groups.get(1).laps()).containsExactly(a, otherDriver, otherLap);
        assertThat(groups.get(1).distinct()).isTrue();
        assertThat(groups.get(1).digest()).isEqualTo(InputDigest.ofLaps(List.of(otherLap, otherDriver, a)));
        // Key order: grand prix before sprint, then driver, then lap; the sort is stable for repeated keys.
        assertThat(LapSets.inKeyOrder(groups)).containsExactly(a, otherLap, otherDriver, sprint, sprint);
    }
}
