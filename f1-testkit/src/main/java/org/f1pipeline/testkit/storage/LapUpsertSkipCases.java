package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.InputVersion;
import org.f1pipeline.storage.LapStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LapStore#upsertLaps} with input versions (decision D72): a session (race and type) whose
 * recorded digest is that of the laps sent is left alone, a changed one is written and recorded, and the digest
 * recorded after an upsert is known only when the session holds exactly the laps sent.
 */
abstract class LapUpsertSkipCases extends ContractSupport {

    private static final List<LapTime> BAHRAIN = StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 10);
    private static final List<LapTime> JEDDAH = StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 10);

    private LapStore laps() {
        return storage().laps();
    }

    private List<InputVersion> versions() {
        return storage().inputs().inputVersions(YEAR, YEAR);
    }

    private InputVersion version(RaceKey race, InputKind kind) {
        return versions().stream().filter(v -> v.race().equals(race) && v.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static List<LapTime> shuffled(List<LapTime> a, List<LapTime> b) {
        List<LapTime> all = new ArrayList<>(a);
        all.addAll(b);
        Collections.shuffle(all, new Random(7));
        return all;
    }

    private static LapTime slower(LapTime l) {
        return new LapTime(l.race(), l.type(), l.driver(), l.lap(), l.lapTimeMs() + 1, l.sector1Ms(), l.sector2Ms(),
                l.sector3Ms(), l.speedTrapKph(), l.compound(), l.tyreLife(), l.freshTyre(), l.pitIn(), l.pitOut(),
                l.stint(), l.trackStatus(), l.position());
    }

    @Test
    @DisplayName("laps sent again, in any order, record no version: their sessions are skipped")
    void unchangedLapsRecordNothing() {
        seedCalendar();
        laps().upsertLaps(shuffled(BAHRAIN, JEDDAH));
        List<InputVersion> first = versions();
        assertThat(first).extracting(InputVersion::race).containsExactly(BAHRAIN_2024, JEDDAH_2024);
        assertThat(first).extracting(InputVersion::version).containsExactlyInAnyOrder(1L, 2L);
        assertThat(first).allSatisfy(v -> assertThat(v.digest()).isNotEqualTo(InputStore.UNKNOWN_DIGEST));

        laps().upsertLaps(shuffled(JEDDAH, BAHRAIN));
        laps().upsertLaps(JEDDAH);

        assertThat(versions()).isEqualTo(first);
        assertThat(laps().laps(List.of(BAHRAIN_2024, JEDDAH_2024), RaceType.GRAND_PRIX))
                .containsExactlyInAnyOrderElementsOf(shuffled(BAHRAIN, JEDDAH));
    }

    @Test
    @DisplayName("one changed lap rewrites its race only, which gets a new version with a known digest")
    void changedLapRewritesItsRace() {
        seedCalendar();
        laps().upsertLaps(shuffled(BAHRAIN, JEDDAH));
        InputVersion bahrain = version(BAHRAIN_2024, InputKind.LAPS);
        InputVersion jeddah = version(JEDDAH_2024, InputKind.LAPS);
        List<LapTime> changed = new ArrayList<>(JEDDAH);
        changed.set(37, slower(JEDDAH.get(37)));

        laps().upsertLaps(shuffled(BAHRAIN, changed));

        assertThat(version(BAHRAIN_2024, InputKind.LAPS)).isEqualTo(bahrain);
        InputVersion now = version(JEDDAH_2024, InputKind.LAPS);
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.digest()).isNotIn(jeddah.digest(), InputStore.UNKNOWN_DIGEST);
        assertThat(laps().laps(JEDDAH_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(changed);
        // Sending the original again is a change back: written and recorded again.
        laps().upsertLaps(JEDDAH);
        assertThat(version(JEDDAH_2024, InputKind.LAPS)).satisfies(v -> {
            assertThat(v.version()).isEqualTo(4);
            assertThat(v.digest()).isEqualTo(jeddah.digest());
        });
        assertThat(laps().laps(JEDDAH_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(JEDDAH);
    }

    @Test
    @DisplayName("an upsert of part of a session's laps records the unknown digest; all of them, a known one again")
    void partialUpsertIsUnknown() {
        seedCalendar();
        laps().upsertLaps(BAHRAIN);
        List<LapTime> part = BAHRAIN.subList(0, 50);
        laps().upsertLaps(part);
        assertThat(version(BAHRAIN_2024, InputKind.LAPS)).satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.digest()).isEqualTo(InputStore.UNKNOWN_DIGEST);
        });
        laps().upsertLaps(part);
        assertThat(version(BAHRAIN_2024, InputKind.LAPS).version()).isEqualTo(3);

        laps().upsertLaps(BAHRAIN);
        InputVersion complete = version(BAHRAIN_2024, InputKind.LAPS);
        assertThat(complete.version()).isEqualTo(4);
        assertThat(complete.digest()).isNotEqualTo(InputStore.UNKNOWN_DIGEST);
        laps().upsertLaps(BAHRAIN);
        assertThat(version(BAHRAIN_2024, InputKind.LAPS)).isEqualTo(complete);
        assertThat(laps().lapCount(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEqualTo(200);
    }

    @Test
    @DisplayName("replace and upsert agree on the digest: the same set through either records no new version")
    void replaceAndUpsertAgree() {
        seedCalendar();
        laps().replaceLaps(BAHRAIN_2024, RaceType.GRAND_PRIX, BAHRAIN);
        InputVersion replaced = version(BAHRAIN_2024, InputKind.LAPS);
        laps().upsertLaps(shuffled(BAHRAIN, List.of()));
        assertThat(version(BAHRAIN_2024, InputKind.LAPS)).isEqualTo(replaced);

        laps().upsertLaps(JEDDAH);
        InputVersion upserted = version(JEDDAH_2024, InputKind.LAPS);
        laps().replaceLaps(JEDDAH_2024, RaceType.GRAND_PRIX, JEDDAH);
        assertThat(version(JEDDAH_2024, InputKind.LAPS)).isEqualTo(upserted);
    }

    @Test
    @DisplayName("a repeated lap in one call: the later wins, the digest is unknown, and a clean resend is written")
    void repeatedKeyIsUnknown() {
        seedCalendar();
        List<LapTime> twice = new ArrayList<>(BAHRAIN);
        twice.add(slower(BAHRAIN.get(0)));
        laps().upsertLaps(twice);
        assertThat(laps().laps(BAHRAIN_2024, RaceType.GRAND_PRIX).get(0)).isEqualTo(slower(BAHRAIN.get(0)));
        assertThat(version(BAHRAIN_2024, InputKind.LAPS).digest()).isEqualTo(InputStore.UNKNOWN_DIGEST);

        laps().upsertLaps(BAHRAIN);
        assertThat(laps().laps(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(BAHRAIN);
        assertThat(version(BAHRAIN_2024, InputKind.LAPS).digest()).isNotEqualTo(InputStore.UNKNOWN_DIGEST);
    }

    @Test
    @DisplayName("grand-prix and sprint laps of a weekend are separate sessions: a changed sprint lap stales only them")
    void sessionsOfAWeekendAreApart() {
        seedCalendar();
        List<LapTime> race = StorageFixtures.laps(SHANGHAI_2024, RaceType.GRAND_PRIX, 5);
        List<LapTime> sprint = StorageFixtures.laps(SHANGHAI_2024, RaceType.SPRINT, 3);
        laps().upsertLaps(shuffled(race, sprint));
        InputVersion gp = version(SHANGHAI_2024, InputKind.LAPS);
        List<LapTime> changed = new ArrayList<>(sprint);
        changed.set(0, slower(sprint.get(0)));

        laps().upsertLaps(shuffled(race, changed));

        assertThat(version(SHANGHAI_2024, InputKind.LAPS)).isEqualTo(gp);
        assertThat(version(SHANGHAI_2024, InputKind.SPRINT_LAPS).version()).isEqualTo(3);
        assertThat(laps().laps(SHANGHAI_2024, RaceType.SPRINT).get(0)).isEqualTo(changed.get(0));
    }
}
