package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.GP_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SPRINT_MODEL;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.FeatureStore;
import org.f1pipeline.storage.PredictionStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of the multi-race calls: {@link FeatureStore#replaceFeatures(java.util.Collection, RaceType, String,
 * java.util.Collection)}, {@link PredictionStore#addAll} and {@code LapStore.longRuns(Collection)}. Each must
 * give exactly what the single-race calls give one after another, and a refused call stores nothing.
 */
abstract class BulkCallCases extends ContractSupport {

    private static final Instant SATURDAY = Instant.parse("2024-05-04T10:30:00Z");
    private static final Instant SUNDAY = Instant.parse("2024-05-05T18:15:00Z");
    private static final DriverId SENNA = DriverId.of("senna");

    private FeatureStore features() {
        return storage().features();
    }

    private PredictionStore predictions() {
        return storage().predictions();
    }

    @Test
    @DisplayName("a multi-race feature replace makes each listed race's rows its complete set and nothing else")
    void bulkReplaceFeatures() {
        seedCalendar();
        for (RaceKey race : List.of(BAHRAIN_2024, JEDDAH_2024, ALBERT_PARK_2024, SHANGHAI_2024)) {
            features().upsertFeatures(StorageFixtures.features(race, RaceType.GRAND_PRIX, GP_MODEL));
        }
        features().upsertFeatures(StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, "experimental-v4"));
        features().upsertFeatures(StorageFixtures.features(SHANGHAI_2024, RaceType.SPRINT, GP_MODEL));
        List<FeatureRow> bahrain = StorageFixtures.features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)
                .subList(3, 20);
        List<FeatureRow> jeddah = rescored(StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL), 0);
        List<FeatureRow> suzuka = StorageFixtures.features(SUZUKA_2024, RaceType.GRAND_PRIX, GP_MODEL);
        List<FeatureRow> rows = new ArrayList<>(suzuka);
        rows.addAll(jeddah);
        rows.addAll(bahrain);

        // Albert Park is listed without rows: it loses its set. Jeddah is listed twice: no difference.
        features().replaceFeatures(List.of(JEDDAH_2024, SUZUKA_2024, ALBERT_PARK_2024, BAHRAIN_2024, JEDDAH_2024),
                RaceType.GRAND_PRIX, GP_MODEL, rows);

        assertThat(features().features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(bahrain);
        assertThat(features().features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(jeddah);
        assertThat(features().features(SUZUKA_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(suzuka);
        assertThat(features().features(ALBERT_PARK_2024, RaceType.GRAND_PRIX, GP_MODEL)).isEmpty();
        assertThat(features().features(SHANGHAI_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(
                StorageFixtures.features(SHANGHAI_2024, RaceType.GRAND_PRIX, GP_MODEL));
        assertThat(features().features(SHANGHAI_2024, RaceType.SPRINT, GP_MODEL)).hasSize(20);
        assertThat(features().features(JEDDAH_2024, RaceType.GRAND_PRIX, "experimental-v4")).hasSize(20);
    }

    @Test
    @DisplayName("replacing features with the same drivers overwrites changed scores and keeps unchanged rows")
    void replaceOverwritesChangedRows() {
        seedCalendar();
        List<FeatureRow> original = StorageFixtures.features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL);
        features().replaceFeatures(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL, original);
        features().replaceFeatures(List.of(MIAMI_2024), RaceType.SPRINT, SPRINT_MODEL, original);
        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).containsExactlyElementsOf(original);

        List<FeatureRow> changed = rescored(original, 7);
        features().replaceFeatures(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL, changed);
        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).containsExactlyElementsOf(changed);

        List<FeatureRow> again = rescored(original, 11);
        features().replaceFeatures(List.of(MIAMI_2024), RaceType.SPRINT, SPRINT_MODEL, again);
        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).containsExactlyElementsOf(again);
        features().replaceFeatures(List.of(), RaceType.SPRINT, SPRINT_MODEL, List.of());
        assertThat(features().features(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).hasSize(20);
    }

    @Test
    @DisplayName("a multi-race feature replace with a row outside the listed sets is refused and changes nothing")
    void bulkReplaceRejectsForeignRows() {
        seedCalendar();
        List<FeatureRow> bahrain = StorageFixtures.features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL);
        features().upsertFeatures(bahrain);
        for (FeatureRow stranger : List.of(
                StorageFixtures.features(SUZUKA_2024, RaceType.GRAND_PRIX, GP_MODEL).get(0),
                StorageFixtures.features(JEDDAH_2024, RaceType.SPRINT, GP_MODEL).get(0),
                StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, "sprint-v3").get(0))) {
            List<FeatureRow> mixed = new ArrayList<>(bahrain.subList(0, 5));
            mixed.add(stranger);
            assertForeignRowRejected(() -> features().replaceFeatures(List.of(BAHRAIN_2024, JEDDAH_2024),
                    RaceType.GRAND_PRIX, GP_MODEL, mixed));
        }
        assertThat(features().features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(bahrain);
    }

    @Test
    @DisplayName("a multi-race feature replace naming a missing driver or race stores nothing of the call")
    void bulkReplaceNeedsParents() {
        seedCalendar();
        List<FeatureRow> bahrain = StorageFixtures.features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL);
        features().upsertFeatures(bahrain);
        List<FeatureRow> rows = new ArrayList<>(StorageFixtures.features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL));
        rows.addAll(bahrain.subList(0, 10));
        rows.add(new FeatureRow(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL, SENNA, Map.of("car_performance", 0.5),
                0.1));
        RaceKey unknown = RaceKey.of(2024, 9);

        storage().useTransaction(tx -> {
            assertRefused(() -> tx.features().replaceFeatures(List.of(BAHRAIN_2024, JEDDAH_2024),
                    RaceType.GRAND_PRIX, GP_MODEL, rows), "replace features", "senna");
            assertRefused(() -> tx.features().replaceFeatures(List.of(JEDDAH_2024, unknown), RaceType.GRAND_PRIX,
                    GP_MODEL, StorageFixtures.features(unknown, RaceType.GRAND_PRIX, GP_MODEL)), "replace features",
                    "2024-09");
        });

        assertThat(features().features(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL)).containsExactlyElementsOf(bahrain);
        assertThat(features().features(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL)).isEmpty();
    }

    @Test
    @DisplayName("adding several predictions equals adding them one by one: new versions, a repeated key replaced")
    void addAll() {
        seedCalendar();
        Prediction stored = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);
        predictions().add(stored);
        Prediction miamiSunday = StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SUNDAY);
        Prediction sprint = StorageFixtures.prediction(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL, SATURDAY);
        Prediction jeddah = StorageFixtures.prediction(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);
        Prediction firstTry = StorageFixtures.prediction(BAHRAIN_2023, RaceType.GRAND_PRIX, GP_MODEL, SUNDAY);
        Prediction retried = new Prediction(BAHRAIN_2023, RaceType.GRAND_PRIX, GP_MODEL, SUNDAY, SATURDAY, List.of(
                new DriverPrediction(VERSTAPPEN, 1.0, 1, 0.1 + 0.2, Map.of("car_performance", 1.0 / 3))));
        Prediction restated = new Prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY, SATURDAY, List.of(
                new DriverPrediction(VERSTAPPEN, 0.625, 1, 0.81, Map.of("car_performance", 0.2)),
                new DriverPrediction(StorageFixtures.NORRIS, 0.375, 2, 0.74, Map.of())));

        predictions().addAll(List.of(miamiSunday, firstTry, sprint, jeddah, retried, restated));

        assertThat(predictions().history(MIAMI_2024, RaceType.GRAND_PRIX)).containsExactly(restated, miamiSunday);
        assertThat(predictions().history(BAHRAIN_2023, RaceType.GRAND_PRIX)).containsExactly(retried);
        assertThat(predictions().latest(MIAMI_2024, RaceType.SPRINT, SPRINT_MODEL)).contains(sprint);
        assertThat(predictions().latest(JEDDAH_2024, RaceType.GRAND_PRIX)).contains(jeddah);
        predictions().addAll(List.of());
        assertThat(predictions().history(JEDDAH_2024, RaceType.GRAND_PRIX)).hasSize(1);
    }

    @Test
    @DisplayName("a recompute-sized prediction add (thousands of driver lines) reads back equal, and a retry replaces")
    void largeAddAll() {
        seedCalendar();
        List<Prediction> versions = new ArrayList<>();
        for (int i = 0; versions.stream().mapToInt(p -> p.drivers().size()).sum() < 6_000; i++) {
            versions.add(StorageFixtures.prediction(MIAMI_2024, RaceType.GRAND_PRIX, GP_MODEL,
                    SATURDAY.plusSeconds(60L * i)));
        }
        int lines = versions.stream().mapToInt(p -> p.drivers().size()).sum();

        predictions().addAll(versions);
        predictions().addAll(versions.subList(0, 10));

        List<Prediction> history = predictions().history(MIAMI_2024, RaceType.GRAND_PRIX);
        assertThat(history).hasSize(versions.size()).containsExactlyElementsOf(versions);
        assertThat(history.stream().mapToInt(p -> p.drivers().size()).sum()).isEqualTo(lines)
                .isGreaterThanOrEqualTo(6_000);
    }

    @Test
    @DisplayName("adding several predictions when one names a missing driver or race stores none of them")
    void addAllNeedsParents() {
        seedCalendar();
        Prediction valid = StorageFixtures.prediction(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);
        Prediction ghost = new Prediction(BAHRAIN_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY, SATURDAY, List.of(
                new DriverPrediction(SENNA, 1.0, 1, 0.5, Map.of())));
        Prediction nowhere = StorageFixtures.prediction(RaceKey.of(2024, 9), RaceType.GRAND_PRIX, GP_MODEL, SATURDAY);

        storage().useTransaction(tx -> {
            assertRefused(() -> tx.predictions().addAll(List.of(valid, ghost)), "add predictions", "senna");
            assertRefused(() -> tx.predictions().addAll(List.of(valid, nowhere)), "add predictions", "2024-09");
        });

        assertThat(predictions().history(JEDDAH_2024, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(predictions().history(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("parents checked earlier in a transaction do not hide a missing one, nor refuse one added since")
    void parentsWithinOneTransaction() {
        seedCalendar();
        DriverId newcomer = DriverId.of("colapinto");
        Prediction withNewcomer = new Prediction(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, SUNDAY, SUNDAY, List.of(
                new DriverPrediction(VERSTAPPEN, 0.75, 1, 0.8, Map.of()),
                new DriverPrediction(newcomer, 0.25, 2, 0.4, Map.of())));

        storage().useTransaction(tx -> {
            tx.predictions().add(StorageFixtures.prediction(JEDDAH_2024, RaceType.GRAND_PRIX, GP_MODEL, SATURDAY));
            assertRefused(() -> tx.predictions().addAll(List.of(withNewcomer)), "add predictions", "colapinto");
            tx.catalog().upsertDrivers(List.of(new Driver(newcomer, "COL", 43, "Franco", "Colapinto",
                    java.time.LocalDate.of(2003, 5, 27), "Argentinian")));
            tx.predictions().addAll(List.of(withNewcomer));
        });

        assertThat(predictions().history(JEDDAH_2024, RaceType.GRAND_PRIX)).hasSize(2).last()
                .isEqualTo(withNewcomer);
    }

    @Test
    @DisplayName("the bulk long-run read returns every listed race's runs by season, round, driver and compound")
    void bulkLongRuns() {
        seedCalendar();
        List<LongRun> all = new ArrayList<>();
        for (RaceKey race : List.of(SUZUKA_2024, BAHRAIN_2023, JEDDAH_2024, ALBERT_PARK_2024)) {
            all.addAll(StorageFixtures.longRuns(race));
        }
        storage().laps().upsertLongRuns(all);

        List<LongRun> read = storage().laps().longRuns(List.of(SUZUKA_2024, BAHRAIN_2023, MIAMI_2024, SUZUKA_2024,
                JEDDAH_2024, RaceKey.of(2024, 20)));

        List<LongRun> expected = new ArrayList<>(StorageFixtures.longRuns(BAHRAIN_2023));
        expected.addAll(StorageFixtures.longRuns(JEDDAH_2024));
        expected.addAll(StorageFixtures.longRuns(SUZUKA_2024));
        assertThat(read).containsExactlyElementsOf(expected).isSortedAccordingTo(Comparator.comparing(LongRun::race)
                .thenComparing(LongRun::driver).thenComparing(LongRun::compound));
        assertThat(storage().laps().longRuns(List.of())).isEmpty();
    }

    @Test
    @DisplayName("laps with any one timing field missing read back equal, alone and in a bulk read of two seasons")
    void everyNullableLapFieldRoundTrips() {
        seedCalendar();
        List<LapTime> written = new ArrayList<>();
        for (RaceKey race : List.of(BAHRAIN_2023, BAHRAIN_2024)) {
            written.addAll(oneFieldMissing(race, VERSTAPPEN));
            written.addAll(oneFieldMissing(race, StorageFixtures.NORRIS));
        }
        storage().laps().upsertLaps(written);
        Comparator<LapTime> order = Comparator.comparing(LapTime::race).thenComparing(LapTime::driver)
                .thenComparingInt(LapTime::lap);
        List<LapTime> expected = written.stream().sorted(order).toList();

        assertThat(storage().laps().laps(List.of(BAHRAIN_2024, BAHRAIN_2023), RaceType.GRAND_PRIX))
                .containsExactlyElementsOf(expected);
        assertThat(storage().laps().laps(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(
                expected.stream().filter(lap -> lap.race().equals(BAHRAIN_2024)).toList());
        assertThat(storage().laps().laps(List.of(BAHRAIN_2024), RaceType.SPRINT)).isEmpty();
    }

    /**
     * Laps 1-12 of a driver: lap 1 with every field set, then each of the eleven nullable fields missing in turn;
     * plus lap 200 (the highest) in the pit lane at both ends on a used set.
     */
    private static List<LapTime> oneFieldMissing(RaceKey race, DriverId driver) {
        List<LapTime> laps = new ArrayList<>();
        for (int missing = 0; missing <= 11; missing++) {
            int m = missing;
            laps.add(new LapTime(race, RaceType.GRAND_PRIX, driver, missing + 1, m == 1 ? null : 91_234 + m,
                    m == 2 ? null : 28_001, m == 3 ? null : 35_002, m == 4 ? null : 28_003,
                    m == 5 ? null : 312.75, m == 6 ? null : "SOFT", m == 7 ? null : m, m == 8 ? null : m % 2 == 0,
                    m % 3 == 1, m % 4 == 2, m == 9 ? null : 3, m == 10 ? null : "46", m == 11 ? null : 20 - m));
        }
        laps.add(new LapTime(race, RaceType.GRAND_PRIX, driver, 200, 95_000, null, null, null, 0.1 + 0.2,
                "INTERMEDIATE", 0, false, true, true, 7, "1", 40));
        return laps;
    }

    /** The rows with every score shifted by a tenth of {@code salt + 1}, the raw score recomputed as a sum. */
    private static List<FeatureRow> rescored(List<FeatureRow> rows, int salt) {
        List<FeatureRow> out = new ArrayList<>();
        for (FeatureRow row : rows) {
            Map<String, Double> scores = new LinkedHashMap<>();
            row.scores().forEach((name, score) -> scores.put(name, score + (salt + 1) / 10.0));
            double raw = scores.values().stream().mapToDouble(Double::doubleValue).sum();
            out.add(new FeatureRow(row.race(), row.type(), row.modelVersion(), row.driver(), scores, raw));
        }
        return out;
    }
}
