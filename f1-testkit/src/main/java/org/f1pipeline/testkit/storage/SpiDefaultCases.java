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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.FeatureStore;
import org.f1pipeline.storage.LapStore;
import org.f1pipeline.storage.PredictionStore;
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
            FeatureStore plain = new PlainFeatures(tx.features());
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

        storage().useTransaction(tx -> new PlainPredictions(tx.predictions()).addAll(List.of(first, jeddah, again,
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

        storage().useTransaction(tx -> assertThat(new PlainLaps(tx.laps()).longRuns(asked)).hasSize(120)
                .containsExactlyElementsOf(tx.laps().longRuns(asked)));
    }

    /** Delegates the abstract methods only: the bulk replace is the SPI default. */
    private record PlainFeatures(FeatureStore delegate) implements FeatureStore {
        @Override
        public void upsertFeatures(Collection<FeatureRow> rows) {
            delegate.upsertFeatures(rows);
        }

        @Override
        public void replaceFeatures(RaceKey race, RaceType type, String modelVersion, Collection<FeatureRow> rows) {
            delegate.replaceFeatures(race, type, modelVersion, rows);
        }

        @Override
        public List<FeatureRow> features(RaceKey race, RaceType type, String modelVersion) {
            return delegate.features(race, type, modelVersion);
        }
    }

    /** Delegates the abstract methods only: {@code addAll} is the SPI default. */
    private record PlainPredictions(PredictionStore delegate) implements PredictionStore {
        @Override
        public void add(Prediction prediction) {
            delegate.add(prediction);
        }

        @Override
        public Optional<Prediction> latest(RaceKey race, RaceType type) {
            return delegate.latest(race, type);
        }

        @Override
        public Optional<Prediction> latest(RaceKey race, RaceType type, String modelVersion) {
            return delegate.latest(race, type, modelVersion);
        }

        @Override
        public List<Prediction> history(RaceKey race, RaceType type) {
            return delegate.history(race, type);
        }
    }

    /** Delegates the abstract methods only: {@code longRuns(Collection)} is the SPI default. */
    private record PlainLaps(LapStore delegate) implements LapStore {
        @Override
        public void upsertLaps(Collection<LapTime> laps) {
            delegate.upsertLaps(laps);
        }

        @Override
        public void replaceLaps(RaceKey race, RaceType type, Collection<LapTime> laps) {
            delegate.replaceLaps(race, type, laps);
        }

        @Override
        public List<LapTime> laps(RaceKey race, RaceType type) {
            return delegate.laps(race, type);
        }

        @Override
        public List<LapTime> laps(Collection<RaceKey> races, RaceType type) {
            return delegate.laps(races, type);
        }

        @Override
        public int lapCount(RaceKey race, RaceType type) {
            return delegate.lapCount(race, type);
        }

        @Override
        public void upsertLongRuns(Collection<LongRun> runs) {
            delegate.upsertLongRuns(runs);
        }

        @Override
        public void replaceLongRuns(RaceKey race, Collection<LongRun> runs) {
            delegate.replaceLongRuns(race, runs);
        }

        @Override
        public List<LongRun> longRuns(RaceKey race) {
            return delegate.longRuns(race);
        }
    }
}
