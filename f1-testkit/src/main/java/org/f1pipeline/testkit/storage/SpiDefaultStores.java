package org.f1pipeline.testkit.storage;

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

/**
 * Views of a store that delegate only its abstract methods, so the SPI's default bulk methods run as they would for
 * a third-party adapter that does not override them. For testing the defaults and what they cost.
 */
public final class SpiDefaultStores {

    private SpiDefaultStores() {
    }

    /** {@code store} with {@code replaceFeatures(Collection, ...)} left to the SPI default. */
    public static FeatureStore features(FeatureStore store) {
        return new PlainFeatures(store);
    }

    /** {@code store} with {@code addAll} left to the SPI default. */
    public static PredictionStore predictions(PredictionStore store) {
        return new PlainPredictions(store);
    }

    /** {@code store} with {@code longRuns(Collection)} left to the SPI default. */
    public static LapStore laps(LapStore store) {
        return new PlainLaps(store);
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
