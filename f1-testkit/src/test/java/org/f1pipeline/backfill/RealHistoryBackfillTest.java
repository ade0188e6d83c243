package org.f1pipeline.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.job.ingest.IngestFixture;
import org.f1pipeline.standings.internal.ChampionshipRules;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real record 1950-2013 ({@code ../shared/realdata/history}), served by the test kit's Jolpica replay in the exact
 * wire format, backfilled as a new user would ({@code f1 backfill --start 1950 --end 2013 --no-laps --no-openf1
 * --no-fp2}, compute jobs off to keep CI fast): every result and qualifying row of the files is stored with every
 * field equal, the run has no skipped step (exit 0), and a rerun makes no request and has no skipped step either.
 * Skipped with a clear message on a fresh clone without {@code ../shared}.
 */
class RealHistoryBackfillTest {

    /** Early 2014: every season of the record is a past season. */
    private static final Instant NOW = Instant.parse("2014-02-01T12:00:00Z");

    @Test
    @DisplayName("1950-2013 replay: every CSV result and qualifying row stored exactly, exit 0, rerun 0 requests")
    void backfillsTheRealRecord() {
        ErgastHistory history = ErgastHistory.load(ErgastHistory.locateOrSkip());
        // -Df1.realHistory.compute=true runs the compute jobs too (as `f1 backfill` does): minutes, not for CI.
        BackfillOptions options = BackfillOptions.ofDefaults().withJolpicaLaps(false).withOpenF1(false).withFp2(false)
                .withComputeJobs(Boolean.getBoolean("f1.realHistory.compute"));
        try (FakeF1Api fake = FakeF1Api.replay(history); Storage storage = Storages.inMemory()) {
            long t0 = System.nanoTime();
            F1Pipeline pipeline = IngestFixture.pipeline(fake, storage, NOW);
            BackfillReport first = pipeline.backfillFull(1950, 2013, options, BackfillListener.NONE);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            int requests = fake.requestLog().count(FakeApi.JOLPICA);
            System.out.printf("real 1950-2013 backfill: %d rounds, %d jobs, %d Jolpica requests %s, %d skips,"
                    + " %d ms%n", first.roundsCompleted(), first.jobsRun(), requests,
                    fake.requestLog().countsByEndpoint(FakeApi.JOLPICA), first.skips().size(), millis);
            assertThat(first.skips()).as("skipped steps (exit 1 or 3)").isEmpty();
            assertThat(first.roundsTotal()).isEqualTo(history.races().size());
            assertThat(first.roundsCompleted()).isEqualTo(history.races().size());
            assertThat(storage.races().races(1950, 2013)).allSatisfy(r ->
                    assertThat(r.status()).as(r.key().toString()).isEqualTo(RaceStatus.COMPLETED));

            int[] counted = compareResults(history, storage);
            assertThat(counted[0] + counted[1]).isEqualTo(history.resultCount()).isEqualTo(22_133);
            assertThat(counted[1]).as("other-car rows of shared drives").isEqualTo(91);
            assertThat(compareQualifying(history, storage)).isEqualTo(history.qualifyingCount()).isEqualTo(5_884);

            // Irregular but published: stored with a note each, never "retry later".
            assertThat(storage.notes().notes(RaceKey.of(1983, 1))).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(DataNote.Kind.VACANT_POSITIONS);
                assertThat(n.text()).startsWith("classified positions 1-15 of 28 rows with position 2 vacant");
            });
            assertThat(storage.notes().notes(RaceKey.of(1954, 2))).extracting(DataNote::kind)
                    .contains(DataNote.Kind.VACANT_POSITIONS);
            Map<DataNote.Kind, Long> kinds = new java.util.TreeMap<>();
            storage.notes().notes(1950, 2013).forEach(n -> kinds.merge(n.kind(), 1L, Long::sum));
            System.out.println("notes by kind: " + kinds);
            assertThat(kinds.get(DataNote.Kind.GRID_AS_QUALIFYING)).as("1994-2003 rounds without a qualifying table")
                    .isEqualTo(history.races().stream().filter(r -> r.year() >= 1994
                            && history.qualifying(r.id()).isEmpty()).count());
            assertThat(storage.results().qualifying(RaceKey.of(1996, 8))).hasSizeGreaterThan(15)
                    .allSatisfy(q -> assertThat(q.q1Ms()).isNull());

            fake.requestLog().clear();
            BackfillReport second = IngestFixture.pipeline(fake, storage, NOW)
                    .backfillFull(1950, 2013, options, BackfillListener.NONE);
            assertThat(second.skips()).isEmpty();
            assertThat(second.requests()).isZero();
            assertThat(fake.requestLog().count()).isZero();
            assertThat(second.roundsResumed()).isEqualTo(history.races().size());
        }
    }

    /** {stored rows equal to the files' row of their driver, other-car rows equal to the files'}. */
    static int[] compareResults(ErgastHistory h, Storage storage) {
        return compareResults(h, storage, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #compareResults(ErgastHistory, Storage)}, each expected row first passed through {@code adjust}
     * (the bootstrap's test maps Ergast's position texts to what Jolpica's serializer derives from its database).
     */
    static int[] compareResults(ErgastHistory h, Storage storage,
                                java.util.function.UnaryOperator<RaceResult> adjust) {
        int kept = 0;
        int others = 0;
        for (int year = 1950; year <= 2013; year++) {
            Map<List<Object>, RaceResult> otherCars = new HashMap<>();
            storage.standings().sharedDrives(year).forEach(r -> otherCars.put(List.of(r.race(), r.driver(),
                    r.positionOrder()), r));
            for (ErgastHistory.Race race : h.races(year)) {
                RaceKey key = RaceKey.of(year, race.round());
                Map<DriverId, RaceResult> stored = new HashMap<>();
                storage.results().raceResults(key, RaceType.GRAND_PRIX).forEach(r -> stored.put(r.driver(), r));
                Map<DriverId, List<RaceResult>> expected = new LinkedHashMap<>();
                h.results(race.id()).forEach(r -> expected.computeIfAbsent(DriverId.of(h.driver(r.driverId()).ref()),
                        d -> new ArrayList<>()).add(adjust.apply(expected(h, key, r))));
                assertThat(stored.keySet()).as(key + " drivers").containsExactlyInAnyOrderElementsOf(expected.keySet());
                for (Map.Entry<DriverId, List<RaceResult>> e : expected.entrySet()) {
                    RaceResult row = stored.get(e.getKey());
                    List<RaceResult> rows = e.getValue();
                    if (rows.size() == 1) {
                        assertThat(row).as(key + " " + e.getKey()).isEqualTo(rows.get(0));
                        kept++;
                        continue;
                    }
                    RaceResult best = rows.stream().filter(r -> r.positionOrder().equals(row.positionOrder()))
                            .findFirst().orElseThrow();
                    double points = ChampionshipRules.sharedDrivePoints(year, rows, best);
                    boolean fastest = rows.stream().anyMatch(RaceResult::fastestLap);
                    assertThat(row).as(key + " " + e.getKey() + " (shared drive, kept row)").isEqualTo(
                            new RaceResult(best.race(), best.type(), best.driver(), best.constructor(),
                                    best.carNumber(), best.finishPosition(), best.positionText(), best.grid(), points,
                                    best.status(), best.totalTimeMs(), best.laps(), fastest, best.positionOrder()));
                    kept++;
                    for (RaceResult other : rows) {
                        if (other != best) {
                            assertThat(otherCars.get(List.of(key, other.driver(), other.positionOrder())))
                                    .as(key + " " + e.getKey() + " other car").isEqualTo(other);
                            others++;
                        }
                    }
                }
            }
        }
        return new int[] {kept, others};
    }

    static int compareQualifying(ErgastHistory h, Storage storage) {
        return compareQualifying(h, storage, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #compareQualifying(ErgastHistory, Storage)}, each expected row first passed through {@code adjust}. */
    static int compareQualifying(ErgastHistory h, Storage storage,
                                 java.util.function.UnaryOperator<QualifyingResult> adjust) {
        int n = 0;
        for (ErgastHistory.Race race : h.races()) {
            List<ErgastHistory.Qualifying> rows = h.qualifying(race.id());
            if (rows.isEmpty()) {
                continue;
            }
            RaceKey key = RaceKey.of(race.year(), race.round());
            Map<DriverId, QualifyingResult> stored = new HashMap<>();
            storage.results().qualifying(key).forEach(q -> stored.put(q.driver(), q));
            assertThat(stored).as(key + " qualifying rows").hasSize(rows.size());
            for (ErgastHistory.Qualifying q : rows) {
                DriverId driver = DriverId.of(h.driver(q.driverId()).ref());
                QualifyingResult expected = new QualifyingResult(key, driver,
                        ConstructorId.of(h.constructor(q.constructorId()).ref()), q.number(), q.position(),
                        millis(q.q1()), millis(q.q2()), millis(q.q3()), null, null, null, null);
                assertThat(stored.get(driver)).as(key + " qualifying " + driver).isEqualTo(adjust.apply(expected));
                n++;
            }
        }
        return n;
    }

    /**
     * The file's row as the store should hold it. The finishing position is the one Jolpica publishes: its
     * {@code positionText} (the wire has no separate nullable position; a few rows, e.g. 2005-01 button, have a
     * numeric text but a null position column).
     */
    private static RaceResult expected(ErgastHistory h, RaceKey key, ErgastHistory.Result r) {
        Integer number = r.number() == null || r.number().isBlank() ? null : Integer.valueOf(r.number());
        Integer finish = r.positionText().matches("\\d+") ? Integer.valueOf(r.positionText()) : null;
        return new RaceResult(key, RaceType.GRAND_PRIX, DriverId.of(h.driver(r.driverId()).ref()),
                ConstructorId.of(h.constructor(r.constructorId()).ref()), number, finish, r.positionText(),
                r.grid(), r.points(), h.status(r.statusId()), r.milliseconds(), r.laps(),
                r.rank() != null && r.rank() == 1, r.positionOrder());
    }

    /** {@code 1:26.572} or {@code 59.043} as milliseconds; null for no time. */
    private static Integer millis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        int minutes = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : 0;
        return (int) Math.round((minutes * 60 + seconds) * 1000);
    }
}
