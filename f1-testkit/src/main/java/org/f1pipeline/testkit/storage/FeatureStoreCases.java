package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.GP_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SPRINT_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.FeatureStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link FeatureStore}. */
abstract class FeatureStoreCases extends ContractSupport {

    private FeatureStore features() {
        return storage().features();
    }

    @Test
    @DisplayName("feature rows read back by driver with their scores maps exactly equal, doubles included")
    void scoresRoundTripExactly() {
        seedCalendar();
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("car_performance", 1.0 / 3);
        scores.put("long_run_pace", 0.1 + 0.2);
        scores.put("tyre_degradation", 0.0);
        scores.put("reliability", 1.0);
        scores.put("qualifying_delta", 1.0E-9);
        scores.put("luck_factor", -0.05);
        scores.put("circuit_adj_start_pos", 0.8372093023255814);
        FeatureRow awkward = new FeatureRow(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL, VERSTAPPEN, scores,
                0.6180339887498949);
        List<FeatureRow> rows = new ArrayList<>(StorageFixtures.features(BAHRAIN_2024, RaceType.GRAND_PRIX,
                GP_MODEL));
        rows.removeIf(row -> row.driver().equals(VERSTAPPEN));
        rows.add(awkward);
        features().upsertFeatures(rows);

        List<FeatureRow> read = features().features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL);
        assertThat(read).hasSize(20).containsAll(rows)
                .isSortedAccordingTo((a, b) -> a.driver().compareTo(b.driver()));
        FeatureRow max = read.stream().filter(r -> r.driver().equals(VERSTAPPEN)).findFirst().orElseThrow();
        assertThat(max.scores()).isEqualTo(scores);
        assertThat(max.scores().get("long_run_pace")).isEqualTo(0.30000000000000004);
        assertThat(max.rawScore()).isEqualTo(0.6180339887498949);
        assertThat(read.get(0).scores()).hasSize(12);
    }

    @Test
    @DisplayName("upserting the same feature rows twice leaves one row per driver")
    void featureUpsertIsIdempotent() {
        seedCalendar();
        List<FeatureRow> rows = StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL);
        features().upsertFeatures(rows);
        features().upsertFeatures(rows);

        assertThat(features().features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(rows);
    }

    @Test
    @DisplayName("replacing features drops drivers no longer in the pool, so stale rows never reach a softmax")
    void replaceDropsStaleDrivers() {
        seedCalendar();
        features().upsertFeatures(StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL));
        features().upsertFeatures(StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, "experimental-v4"));
        List<FeatureRow> pool = StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL).subList(2, 20);
        features().replaceFeatures(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, pool);

        assertThat(features().features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(pool);
        assertThat(features().features(JEDDAH_2024, RaceType.GRAND_PRIX, "experimental-v4")).hasSize(20);
    }

    @Test
    @DisplayName("feature sets are kept apart by race, type and model version")
    void featureSetsAreApart() {
        seedCalendar();
        features().upsertFeatures(StorageFixtures.features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL));
        features().upsertFeatures(StorageFixtures.features(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL));

        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).hasSize(20)
                .allSatisfy(row -> assertThat(row.scores()).hasSize(8));
        assertThat(features().features(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL)).hasSize(20)
                .allSatisfy(row -> assertThat(row.scores()).hasSize(12));
        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, GP_MODEL)).isEmpty();
        assertThat(features().features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)).isEmpty();
    }

    @Test
    @DisplayName("replacing features with a row of another race, type or model is refused and changes nothing")
    void replaceRejectsForeignRows() {
        seedCalendar();
        features().upsertFeatures(StorageFixtures.features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL));
        List<FeatureRow> sprint = StorageFixtures.features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL).subList(0, 5);
        for (FeatureRow stranger : List.of(
                StorageFixtures.features(JEDDAH_2024, RaceType.SPRINT, SPRINT_MODEL).get(0),
                StorageFixtures.features(MIAMI_2024, RaceType.GRAND_PRIX, SPRINT_MODEL).get(0),
                StorageFixtures.features(MIAMI_2024, RaceType.SPRINT, "sprint-v3").get(0))) {
            List<FeatureRow> mixed = new ArrayList<>(sprint);
            mixed.add(stranger);
            assertForeignRowRejected(() -> features().replaceFeatures(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL,
                    mixed));
        }
        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).hasSize(20);
    }
}
