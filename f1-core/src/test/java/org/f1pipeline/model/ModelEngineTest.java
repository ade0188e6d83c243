package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelEngineTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    @DisplayName("replay computes each weekend's sprint then grand prix, stamps as-of = session start")
    void replay() {
        List<Weekend> weekends = new SyntheticSeasons(3, 5, 8, 2021).generate(2021, 2, 6);
        Replay replay = ModelEngine.ofDefaults().replay(weekends, null, NOW);
        // 12 grands prix + sprints in rounds 2 and 6 of both seasons.
        assertThat(replay.events()).hasSize(16);
        assertThat(replay.skipped()).isEmpty();
        EventPrediction sprint = replay.events().get(1);
        assertThat(sprint.type()).isEqualTo(RaceType.SPRINT);
        assertThat(replay.events().get(2).race()).isEqualTo(sprint.race());
        assertThat(sprint.prediction().asOf()).isEqualTo(weekends.get(1).race().sessionStart(SessionType.SPRINT).get());
        assertThat(sprint.prediction().computedAt()).isEqualTo(NOW);
        assertThat(sprint.prediction().modelVersion()).isEqualTo("sprint-clogit-v1");
        assertThat(replay.events().get(2).prediction().modelVersion()).isEqualTo("clogit-v1");
        Replay seed = ModelEngine.seed().replay(weekends, null, NOW);
        assertThat(seed.events().get(1).prediction().modelVersion()).isEqualTo("sprint-v2");
        assertThat(seed.events().get(2).prediction().modelVersion()).isEqualTo("weighted-v3");
        assertThat(replay.seasonStats()).extracting(SeasonStats::season).containsExactly(2021, 2022);
        assertThat(replay.seasonStats().get(1)).isEqualTo(SeasonStatsCalculator.compute(2022, weekends));
    }

    @Test
    @DisplayName("replay from a race computes only later events but still learns from the earlier ones")
    void replayFrom() {
        List<Weekend> weekends = new SyntheticSeasons(3, 5, 8, 2021).generate(2021, 2, 6);
        ModelEngine engine = ModelEngine.ofDefaults();
        Replay all = engine.replay(weekends, null, NOW);
        Replay tail = engine.replay(weekends, weekends.get(8).key(), NOW);
        assertThat(tail.events()).isEqualTo(all.events().subList(all.events().size() - tail.events().size(),
                all.events().size()));
        assertThat(tail.events().get(0).race()).isEqualTo(weekends.get(8).key());
        assertThat(tail.seasonStats()).extracting(SeasonStats::season).containsExactly(2022);
    }

    @Test
    @DisplayName("weekends without a grid are reported as skipped, with the job to run")
    void skipped() {
        Weekend future = Weekend.builder(HandBuiltRace.w2403().race(), HandBuiltRace.TESTRING).build();
        Replay replay = ModelEngine.ofDefaults().replay(List.of(HandBuiltRace.w2401(), future), null, NOW);
        assertThat(replay.events()).hasSize(1);
        assertThat(replay.skipped()).singleElement()
                .satisfies(e -> assertThat(e.missingStep()).isEqualTo("ingest_qualifying"));
    }

    @Test
    @DisplayName("a forecast source feeds the weather feature; other models can be plugged in")
    void forecastAndModels() {
        ModelEngine wet = ModelEngine.seed().withForecast((race, type) -> WeatherOutlook.WET);
        ModelHistory h = HandBuiltRace.historyBefore2403();
        assertThat(wet.grandPrixFeatures(h, HandBuiltRace.w2403()).get(0).scores().get("weather_impact")).isEqualTo(1.0);
        ModelSpec mine = ModelSpec.builder("mine", RaceType.GRAND_PRIX).weight(Feature.CAR_PERFORMANCE, 1).build();
        assertThat(ModelEngine.ofDefaults().withGrandPrixModel(mine).grandPrixFeatures(h, HandBuiltRace.w2403()).get(0)
                .scores()).containsOnlyKeys("car_performance");
        assertThat(ModelEngine.ofDefaults().model(RaceType.SPRINT)).isEqualTo(ModelSpec.sprintClogitV1());
        assertThat(ModelEngine.seed().model(RaceType.SPRINT)).isEqualTo(ModelSpec.sprintV2());
        assertThat(ModelEngine.seed().model(RaceType.GRAND_PRIX)).isEqualTo(ModelSpec.weightedV3());
    }

    @Test
    @DisplayName("speed: ~600 events of 20 drivers (158k laps from 2018) replay in well under a second in memory")
    void speed() {
        List<Weekend> weekends = new SyntheticSeasons(11, 10, 55, 2018).generate(2000, 26, 18);
        ModelEngine engine = ModelEngine.ofDefaults();
        engine.replay(weekends.subList(0, 150), null, NOW); // warm-up
        // CPU time of this thread: wall time on a shared build machine measures the other processes.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Replay replay = engine.replay(weekends, null, NOW);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long laps = weekends.stream().mapToLong(w -> w.laps().size()).sum();
        System.out.printf("model replay: %d events (%d laps): cpu %.3f s (%.0f events/s), wall %.3f s%n",
                replay.events().size(), laps, cpu, replay.events().size() / cpu, seconds);
        assertThat(replay.events()).hasSizeGreaterThan(470);
        assertThat(cpu).as("replay CPU seconds (generous bound for slow CI machines)").isLessThan(2.0);
    }
}
