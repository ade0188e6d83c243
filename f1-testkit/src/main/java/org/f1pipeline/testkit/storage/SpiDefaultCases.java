package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.GP_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SPRINT_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.FeatureStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SPI's default bulk methods (what a third-party adapter gets without overriding them), run over the stores
 * of the storage under test: they must give what the single-race calls give.
 */
abstract class SpiDefaultCases extends ContractSupport {

    private static final Instant SATURDAY = Instant.parse("2024-05-04T10:30:00Z");

    @Test
    @DisplayName("the default multi-race feature replace replaces each listed set and refuses foreign rows first")
    void defaultReplaceFeatures() {
        seedCalendar();
        storage().features().upsertFeatures(StorageFixtures.features(ALBERT_PARK_2024, RaceType.GRAND_PRIX,
                GP_MODEL));
        storage().features().upsertFeatures(StorageFixtures.features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL));
        List<FeatureRow> jeddah = StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL);
        List<FeatureRow> bahrain = StorageFixtures.features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)
                .subList(5, 20);
        List<FeatureRow> rows = new ArrayList<>(jeddah);
        rows.addAll(bahrain);
        List<FeatureRow> foreign = new ArrayList<>(jeddah);
        foreign.add(StorageFixtures.features(SUZUKA_2024, RaceType.GRAND_PRIX, GP_MODEL).get(0));

        storage().useTransaction(tx -> {
            FeatureStore plain = SpiDefaultStores.features(tx.features());
            assertForeignRowRejected(() -> plain.replaceFeatures(List.of(JEDDAH_2024), RaceType.GRAND_PRIX,
                    GP_MODEL, foreign));
            assertThat(tx.features().features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL)).isEmpty();
            plain.replaceFeatures(List.of(BAHRAIN_2024, JEDDAH_2024, ALBERT_PARK_2024), RaceType.GRAND_PRIX,
                    GP_MODEL, rows);
        });

        assertThat(storage().features().features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL))
                .containsExactlyElementsOf(jeddah);
        assertThat(storage().features().features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL))
                .containsExactlyElementsOf(bahrain);
        assertThat(storage().features().features(ALBERT_PARK_2024, RaceType.GRAND_PRIX, GP_MODEL)).isEmpty();
    }

    @Test
    @DisplayName("the default prediction add adds each in turn: a repeated key keeps the later one")
    void defaultAddAll() {
        seedCalendar();
        Prediction first = StorageFixtures.prediction(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL, SATURDAY);
        Prediction again = StorageFixtures.prediction(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL,
                SATURDAY.plusSeconds(60));
        Prediction jeddah = StorageFixtures.prediction(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);

        storage().useTransaction(tx -> SpiDefaultStores.predictions(tx.predictions()).addAll(List.of(first, jeddah, again,
                first)));

        assertThat(storage().predictions().history(MIAMI_2024, RaceType.SPRINT)).containsExactly(first, again);
        assertThat(storage().predictions().history(JEDDAH_2024, RaceType.GRAND_PRIX)).containsExactly(jeddah);
    }

    @Test
    @DisplayName("the default long-run read asks race by race and returns the same as the adapter's")
    void defaultLongRuns() {
        seedCalendar();
        for (RaceKey race : List.of(SUZUKA_2024, BAHRAIN_2023, JEDDAH_2024)) {
            storage().laps().upsertLongRuns(StorageFixtures.longRuns(race));
        }
        List<RaceKey> asked = List.of(JEDDAH_2024, BAHRAIN_2023, MIAMI_2024, JEDDAH_2024, SUZUKA_2024);

        storage().useTransaction(tx -> assertThat(SpiDefaultStores.laps(tx.laps()).longRuns(asked)).hasSize(120)
                .containsExactlyElementsOf(tx.laps().longRuns(asked)));
    }
}
