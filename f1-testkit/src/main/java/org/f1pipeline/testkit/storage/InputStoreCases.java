package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.PREVIOUS_YEAR;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.InputVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link InputStore}: input versions recorded by the stores' writes, and derived records. */
abstract class InputStoreCases extends ContractSupport {

    private static final Instant T1 = Instant.parse("2024-03-01T12:00:00.123Z");
    private static final Instant T2 = Instant.parse("2024-03-02T12:00:00Z");

    private InputStore inputs() {
        return storage().inputs();
    }

    private long version(RaceKey race, InputKind kind) {
        return inputs().inputVersions(race.season(), race.season()).stream()
                .filter(v -> v.race().equals(race) && v.kind() == kind).mapToLong(InputVersion::version)
                .findFirst().orElse(0);
    }

    @Test
    @DisplayName("every input write records a new version; the same set replaced again records none")
    void writesRecordVersions() {
        seedCalendar();
        assertThat(inputs().inputVersions(1950, 2100)).isEmpty();
        storage().results().replaceQualifying(BAHRAIN_2024, StorageFixtures.qualifying(BAHRAIN_2024));
        long quali = version(BAHRAIN_2024, InputKind.QUALIFYING);
        assertThat(quali).isEqualTo(1);

        storage().results().replaceRaceResults(BAHRAIN_2024, RaceType.GRAND_PRIX,
                StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
        storage().laps().replaceLaps(BAHRAIN_2024, RaceType.GRAND_PRIX,
                StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 3));
        storage().races().upsertConditions(List.of(StorageFixtures.conditions(BAHRAIN_2024, RaceType.GRAND_PRIX)));
        storage().laps().replaceLongRuns(BAHRAIN_2024, StorageFixtures.longRuns(BAHRAIN_2024));
        storage().results().replaceQualifying(BAHRAIN_2023, StorageFixtures.qualifying(BAHRAIN_2023));

        assertThat(inputs().inputVersions(YEAR, YEAR)).extracting(InputVersion::kind, InputVersion::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InputKind.CONDITIONS, 4L),
                        org.assertj.core.groups.Tuple.tuple(InputKind.LAPS, 3L),
                        org.assertj.core.groups.Tuple.tuple(InputKind.LONG_RUNS, 5L),
                        org.assertj.core.groups.Tuple.tuple(InputKind.QUALIFYING, 1L),
                        org.assertj.core.groups.Tuple.tuple(InputKind.RESULTS, 2L));
        assertThat(inputs().seasonVersions(PREVIOUS_YEAR, YEAR)).isEqualTo(Map.of(PREVIOUS_YEAR, 6L, YEAR, 5L));

        // The same sets again (another order): nothing changed, no version.
        List<org.f1pipeline.domain.QualifyingResult> reversed =
                new java.util.ArrayList<>(StorageFixtures.qualifying(BAHRAIN_2024));
        java.util.Collections.reverse(reversed);
        storage().results().replaceQualifying(BAHRAIN_2024, reversed);
        storage().races().upsertConditions(List.of(StorageFixtures.conditions(BAHRAIN_2024, RaceType.GRAND_PRIX)));
        assertThat(version(BAHRAIN_2024, InputKind.QUALIFYING)).isEqualTo(1);
        assertThat(version(BAHRAIN_2024, InputKind.CONDITIONS)).isEqualTo(4);

        // A changed set: a new version, greater than every earlier one.
        storage().results().replaceQualifying(BAHRAIN_2024, reversed.subList(1, reversed.size()));
        assertThat(version(BAHRAIN_2024, InputKind.QUALIFYING)).isEqualTo(7);
        // An upsert is partial: always a new version, with the unknown digest.
        storage().results().upsertQualifying(List.of(reversed.get(0)));
        assertThat(inputs().inputVersions(YEAR, YEAR)).filteredOn(v -> v.kind() == InputKind.QUALIFYING)
                .singleElement().satisfies(v -> {
                    assertThat(v.version()).isEqualTo(8);
                    assertThat(v.digest()).isEqualTo(InputStore.UNKNOWN_DIGEST);
                });
    }

    @Test
    @DisplayName("sprint qualifying and sprint results are separate inputs; a refused write records nothing")
    void sprintGroupsAndRollback() {
        seedCalendar();
        storage().results().replaceSprintQualifying(JEDDAH_2024, StorageFixtures.sprintQualifying(JEDDAH_2024));
        storage().results().replaceRaceResults(JEDDAH_2024, RaceType.SPRINT,
                StorageFixtures.results(JEDDAH_2024, RaceType.SPRINT));
        assertThat(inputs().inputVersions(YEAR, YEAR)).extracting(InputVersion::kind)
                .containsExactly(InputKind.SPRINT_QUALIFYING, InputKind.SPRINT_RESULTS);

        try {
            storage().useTransaction(tx -> {
                tx.results().replaceQualifying(BAHRAIN_2024, StorageFixtures.qualifying(BAHRAIN_2024));
                throw new IllegalStateException("job failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(inputs().inputVersions(YEAR, YEAR)).hasSize(2);
        assertRefused(() -> inputs().touch(RaceKey.of(2024, 29), InputKind.QUALIFYING, 5),
                "record input version", "2024-29");
    }

    @Test
    @DisplayName("derived records: one per key for stats and features, one per version for predictions")
    void derivedRecords() {
        seedCalendar();
        inputs().recordDerived(List.of(DerivedVersion.seasonStats(YEAR, T1, 3),
                new DerivedVersion(YEAR, 1, DerivedKind.FEATURES, "clogit-v1", T1, 3, false),
                new DerivedVersion(YEAR, 1, DerivedKind.PREDICTION, "clogit-v1", T1, 3, false)));
        inputs().recordDerived(List.of(DerivedVersion.seasonStats(YEAR, T2, 9),
                new DerivedVersion(YEAR, 1, DerivedKind.FEATURES, "clogit-v1", T2, 9, true),
                new DerivedVersion(YEAR, 1, DerivedKind.PREDICTION, "clogit-v1", T2, 9, true)));

        assertThat(inputs().derivedVersions(YEAR, YEAR)).containsExactly(
                DerivedVersion.seasonStats(YEAR, T2, 9),
                new DerivedVersion(YEAR, 1, DerivedKind.FEATURES, "clogit-v1", T2, 9, true),
                new DerivedVersion(YEAR, 1, DerivedKind.PREDICTION, "clogit-v1", T1, 3, false),
                new DerivedVersion(YEAR, 1, DerivedKind.PREDICTION, "clogit-v1", T2, 9, true));
        assertThat(inputs().derivedVersions(PREVIOUS_YEAR, PREVIOUS_YEAR)).isEmpty();
    }
}
