package org.f1pipeline.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.model.Replay;
import org.f1pipeline.model.Weekend;
import org.f1pipeline.model.Weekends;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's numbers do not change with the lap summaries (issue 12): on the synthetic 2016-2025 history at real
 * scale (legacy laps with times only before 2018, full live-timing laps after), the summaries hold exactly what the
 * model used to take from the laps, and the seed's lap-reading model computes the same features, predictions and
 * season statistics from summaries read back from SQLite as from the laps themselves.
 */
class LapSummaryEquivalenceTest {

    private static final int FROM = 2016;
    private static final int TO = 2025;
    private static final Set<String> DRY = Set.of("SOFT", "MEDIUM", "HARD");

    @TempDir
    static Path dir;
    static Storage storage;
    static List<Race> races;
    static List<LapTime> laps;

    @BeforeAll
    static void load() {
        storage = SqliteStorage.open(dir.resolve("f1.db"));
        new ModelBenchmarkData().load(storage, FROM, TO);
        races = storage.races().races(FROM, TO);
        laps = storage.laps().laps(races.stream().map(Race::key).toList(), RaceType.GRAND_PRIX);
    }

    @AfterAll
    static void close() {
        storage.close();
    }

    @Test
    void summariesHoldWhatTheModelTookFromTheLaps() {
        List<LapSummary> stored = storage.laps().lapSummaries(races.stream().map(Race::key).toList());
        assertThat(stored).isEqualTo(LapSummary.of(laps));
        Map<RaceKey, Map<DriverId, LapSummary>> byRace = new HashMap<>();
        stored.forEach(s -> byRace.computeIfAbsent(s.race(), k -> new HashMap<>()).put(s.driver(), s));
        Map<RaceKey, List<LapTime>> lapsByRace = new HashMap<>();
        laps.forEach(l -> lapsByRace.computeIfAbsent(l.race(), k -> new ArrayList<>()).add(l));
        assertThat(lapsByRace).hasSizeGreaterThan(200);
        int withSectors = 0;
        for (Map.Entry<RaceKey, List<LapTime>> race : lapsByRace.entrySet()) {
            Map<DriverId, Old> old = oldDigest(race.getValue());
            Map<DriverId, LapSummary> summaries = byRace.get(race.getKey());
            assertThat(summaries.keySet()).isEqualTo(old.keySet());
            for (Map.Entry<DriverId, Old> e : old.entrySet()) {
                LapSummary s = summaries.get(e.getKey());
                Old o = e.getValue();
                assertThat(s.raceLapsMs()).isEqualTo(o.pace());
                assertThat(Arrays.stream(s.tyreLife()).asDoubleStream().toArray()).isEqualTo(o.life());
                assertThat(Arrays.stream(s.tyreLapMs()).asDoubleStream().toArray()).isEqualTo(o.time());
                assertThat(s.sector1Ms()).isEqualTo(o.sectors()[0]);
                assertThat(s.sector2Ms()).isEqualTo(o.sectors()[1]);
                assertThat(s.sector3Ms()).isEqualTo(o.sectors()[2]);
                assertThat(s.topSpeedKph()).isEqualTo(o.top());
                withSectors += o.sectors()[0].length > 0 ? 1 : 0;
            }
        }
        assertThat(withSectors).isGreaterThan(3_000);
    }

    @Test
    void theSeedModelComputesTheSameFromSummariesAsFromLaps() {
        List<Race> all = storage.races().races(1950, TO);
        List<RaceKey> keys = all.stream().map(Race::key).toList();
        List<Weekend> fromLaps = assemble(all).laps(laps).build();
        List<Weekend> fromSummaries = assemble(all).lapSummaries(storage.laps().lapSummaries(keys)).build();
        Instant at = Instant.parse("2026-01-10T12:00:00Z");
        for (ModelEngine engine : List.of(ModelEngine.seed(), ModelEngine.ofDefaults())) {
            Replay a = engine.replay(fromLaps, RaceKey.of(FROM, 1), at);
            Replay b = engine.replay(fromSummaries, RaceKey.of(FROM, 1), at);
            assertThat(a.events()).hasSizeGreaterThan(200);
            assertThat(b.events()).isEqualTo(a.events());
            assertThat(b.seasonStats()).isEqualTo(a.seasonStats());
            assertThat(b.skipped()).hasSameSizeAs(a.skipped());
        }
    }

    private static Weekends.Assembler assemble(List<Race> all) {
        return Weekends.assembler().races(all).circuits(storage.catalog().circuits())
                .qualifying(storage.results().qualifying(1950, TO))
                .sprintQualifying(storage.results().sprintQualifying(1950, TO))
                .results(storage.results().raceResults(1950, TO, RaceType.GRAND_PRIX))
                .results(storage.results().raceResults(1950, TO, RaceType.SPRINT))
                .conditions(storage.races().conditions(1950, TO))
                .longRuns(storage.laps().longRuns(all.stream().map(Race::key).toList()));
    }

    /** What the model took from one driver's laps before the summaries. */
    private record Old(int[] pace, double[] life, double[] time, int[][] sectors, Double top) {
    }

    /**
     * The model's lap reading before the summaries, kept here as the reference: the circuit history's digest (clean
     * timed laps: the times after lap 1 sorted, the dry-compound tyre points in lap order) and the season
     * statistics' sector profile (clean laps after lap 1; the medians depend only on the multiset, compared
     * sorted) and top speed.
     */
    private static Map<DriverId, Old> oldDigest(List<LapTime> raceLaps) {
        Map<DriverId, List<LapTime>> byDriver = new HashMap<>();
        raceLaps.forEach(l -> byDriver.computeIfAbsent(l.driver(), k -> new ArrayList<>()).add(l));
        Map<DriverId, Old> out = new HashMap<>();
        byDriver.forEach((driver, ls) -> {
            List<Integer> pace = new ArrayList<>();
            List<double[]> tyres = new ArrayList<>();
            List<List<Integer>> sectors = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            Double top = null;
            for (LapTime lap : ls) {
                if (!lap.pitIn() && !lap.pitOut() && lap.lapTimeMs() != null) {
                    if (lap.lap() > 1) {
                        pace.add(lap.lapTimeMs());
                    }
                    if (lap.tyreLife() != null && lap.tyreLife() >= 3 && lap.compound() != null
                            && DRY.contains(lap.compound())) {
                        tyres.add(new double[] {lap.tyreLife(), lap.lapTimeMs()});
                    }
                }
                if (lap.lap() > 1 && !lap.pitIn() && !lap.pitOut()) {
                    Integer[] s = {lap.sector1Ms(), lap.sector2Ms(), lap.sector3Ms()};
                    for (int k = 0; k < 3; k++) {
                        if (s[k] != null) {
                            sectors.get(k).add(s[k]);
                        }
                    }
                    if (lap.speedTrapKph() != null && (top == null || lap.speedTrapKph() > top)) {
                        top = lap.speedTrapKph();
                    }
                }
            }
            int[][] sorted = sectors.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                    .toArray(int[][]::new);
            out.put(driver, new Old(pace.stream().mapToInt(Integer::intValue).sorted().toArray(),
                    tyres.stream().mapToDouble(t -> t[0]).toArray(), tyres.stream().mapToDouble(t -> t[1]).toArray(),
                    sorted, top));
        });
        return out;
    }
}
