package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.HAMILTON;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.LECLERC;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.PitStopStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link PitStopStore}: pit stops of grands prix, keyed by race, driver and stop number. */
abstract class PitStopStoreCases extends ContractSupport {

    private PitStopStore pitStops() {
        return storage().pitStops();
    }

    private static PitStop stop(RaceKey race, DriverId driver, int stop, int lap, String time, Integer ms) {
        return new PitStop(race, driver, stop, lap, time == null ? null : LocalTime.parse(time), ms);
    }

    @Test
    @DisplayName("pit stops are read by driver then stop, round-trip exactly, and are counted per race")
    void readByDriverThenStop() {
        seedCalendar();
        List<PitStop> expected = List.of(stop(BAHRAIN_2024, HAMILTON, 1, 17, "15:31:02", 22_561),
                stop(BAHRAIN_2024, HAMILTON, 2, 36, "16:02:00", 23_004),
                stop(BAHRAIN_2024, LECLERC, 1, 15, "15:28:19", 21_950),
                stop(BAHRAIN_2024, VERSTAPPEN, 1, 17, "15:31:00", 2_455_302),
                stop(BAHRAIN_2024, VERSTAPPEN, 2, 40, null, null));
        List<PitStop> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        pitStops().upsertPitStops(shuffled);

        assertThat(pitStops().pitStops(BAHRAIN_2024)).containsExactlyElementsOf(expected);
        assertThat(pitStops().pitStopCount(BAHRAIN_2024)).isEqualTo(5);
        assertThat(pitStops().pitStopCount(JEDDAH_2024)).isZero();
    }

    @Test
    @DisplayName("an upsert updates a stop in place; replace removes the race's stale stops only")
    void upsertAndReplace() {
        seedCalendar();
        pitStops().upsertPitStops(List.of(stop(BAHRAIN_2024, HAMILTON, 1, 17, "15:31:02", 22_561),
                stop(BAHRAIN_2024, HAMILTON, 2, 36, "16:02:44", 23_004),
                stop(JEDDAH_2024, HAMILTON, 1, 20, "20:41:10", 24_100)));
        PitStop corrected = stop(BAHRAIN_2024, HAMILTON, 1, 18, "15:32:40", 22_000);
        pitStops().upsertPitStops(List.of(corrected));
        assertThat(pitStops().pitStops(BAHRAIN_2024)).first().isEqualTo(corrected);

        PitStop only = stop(BAHRAIN_2024, LECLERC, 1, 15, "15:28:19", 21_950);
        pitStops().replacePitStops(BAHRAIN_2024, List.of(only));
        assertThat(pitStops().pitStops(BAHRAIN_2024)).containsExactly(only);
        assertThat(pitStops().pitStopCount(JEDDAH_2024)).isEqualTo(1);
    }

    @Test
    @DisplayName("the season read returns every race of the range in key order")
    void seasonRangeRead() {
        seedCalendar();
        PitStop old = stop(BAHRAIN_2023, VERSTAPPEN, 1, 14, "15:26:00", 21_000);
        PitStop a = stop(BAHRAIN_2024, VERSTAPPEN, 1, 17, "15:31:00", 22_000);
        PitStop b = stop(JEDDAH_2024, LECLERC, 1, 1, "20:04:00", 23_000);
        pitStops().upsertPitStops(List.of(b, a, old));

        assertThat(pitStops().pitStops(2024, 2024)).containsExactly(a, b);
        assertThat(pitStops().pitStops(2023, 2024)).containsExactly(old, a, b);
        assertThat(pitStops().pitStops(2025, 2030)).isEmpty();
    }

    @Test
    @DisplayName("a stop of a missing race or driver is refused and nothing of the call is stored")
    void missingParents() {
        seedCalendar();
        PitStop fine = stop(BAHRAIN_2024, HAMILTON, 1, 17, "15:31:02", 22_561);
        assertRefused(() -> pitStops().upsertPitStops(List.of(fine,
                stop(RaceKey.of(2024, 9), HAMILTON, 1, 3, null, null))), "upsert pit stops", "2024-09");
        assertRefused(() -> pitStops().upsertPitStops(List.of(fine,
                stop(BAHRAIN_2024, DriverId.of("senna"), 1, 3, null, null))), "upsert pit stops", "senna");
        assertThat(pitStops().pitStopCount(BAHRAIN_2024)).isZero();
    }

    @Test
    @DisplayName("replacing with a stop of another race is refused before anything changes")
    void replaceRefusesForeignRows() {
        seedCalendar();
        PitStop kept = stop(BAHRAIN_2024, HAMILTON, 1, 17, "15:31:02", 22_561);
        pitStops().upsertPitStops(List.of(kept));
        assertForeignRowRejected(() -> pitStops().replacePitStops(BAHRAIN_2024,
                List.of(stop(JEDDAH_2024, HAMILTON, 1, 3, null, null))));
        assertThat(pitStops().pitStops(BAHRAIN_2024)).containsExactly(kept);
    }
}
