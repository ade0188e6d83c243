package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Point-in-time guarantees on a synthetic three-season championship: the incremental history equals a
 * from-scratch computation before every race, and nothing at or after a race changes its features or prediction.
 */
class PointInTimeTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static List<Weekend> weekends;

    @BeforeAll
    static void generate() {
        weekends = new SyntheticSeasons(42, 6, 12, 2022).generate(2021, 3, 10);
    }

    @Test
    @DisplayName("the incremental as-of statistics equal a from-scratch computation before every race")
    void incrementalEqualsFromScratch() {
        ModelHistory history = new ModelHistory();
        for (Weekend w : weekends) {
            assertThat(history.seasonStats(w.key().season())).as("stats before " + w.key())
                    .isEqualTo(SeasonStatsCalculator.asOf(w.key(), weekends));
            history.add(w);
        }
        assertThat(history.seasonStats(2023)).isEqualTo(SeasonStatsCalculator.compute(2023, weekends));
        assertThat(history.seasonStats(2023).throughRound()).isEqualTo(10);
    }

    /** The fitted default and the seed's weighted models: both must keep every point-in-time guarantee. */
    static List<ModelEngine> engines() {
        return List.of(ModelEngine.ofDefaults(), ModelEngine.seed());
    }

    @ParameterizedTest
    @MethodSource("engines")
    @DisplayName("features from the running history equal features from a history rebuilt for each race")
    void incrementalFeaturesEqualRebuilt(ModelEngine engine) {
        ModelHistory running = new ModelHistory();
        int sprints = 0;
        for (Weekend w : weekends) {
            ModelHistory rebuilt = ModelHistory.before(weekends, w.key());
            assertThat(engine.grandPrixFeatures(running, w)).isEqualTo(engine.grandPrixFeatures(rebuilt, w));
            if (SprintFeatures.hasGrid(w)) {
                sprints++;
                assertThat(engine.sprintFeatures(running, w)).isEqualTo(engine.sprintFeatures(rebuilt, w));
            }
            running.add(w);
        }
        assertThat(sprints).isEqualTo(9); // rounds 2, 6 and 10 of each season
    }

    @ParameterizedTest
    @MethodSource("engines")
    @DisplayName("leakage: adding later races, or this race's own outcome, never changes an earlier prediction")
    void noLeakage(ModelEngine engine) {
        Replay full = engine.replay(weekends, null, NOW);
        for (int cut = 1; cut < weekends.size(); cut += 3) {
            List<Weekend> prefix = new ArrayList<>(weekends.subList(0, cut));
            Weekend target = weekends.get(cut);
            // The target as it was before its race: only pre-session data, then with a different outcome.
            prefix.add(SyntheticSeasons.withOtherOutcome(target, cut));
            Replay partial = engine.replay(prefix, null, NOW);
            for (EventPrediction e : partial.events()) {
                assertThat(full.events()).as("event " + e.race() + " " + e.type()).contains(e);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    @DisplayName("leakage: changing the outcome of every later weekend leaves a race's features unchanged")
    void laterOutcomesDoNotMatter(ModelEngine engine) {
        RaceKey target = weekends.get(14).key();
        List<Weekend> altered = new ArrayList<>();
        for (Weekend w : weekends) {
            altered.add(w.key().compareTo(target) >= 0 ? SyntheticSeasons.withOtherOutcome(w, w.key().round()) : w);
        }
        Replay original = engine.replay(weekends, null, NOW);
        Replay changed = engine.replay(altered, null, NOW);
        for (int i = 0; i < original.events().size(); i++) {
            EventPrediction e = original.events().get(i);
            if (e.race().compareTo(target) <= 0) {
                assertThat(changed.events().get(i)).isEqualTo(e);
            }
        }
        assertThat(changed.events()).isNotEqualTo(original.events()); // later races did change
    }

    @Test
    @DisplayName("loading only the laps Weekends.lapRaces names gives the same features as loading every lap")
    void lapRacesAreEnough() {
        ModelEngine engine = ModelEngine.seed(); // the fitted default reads no laps at all
        Weekend target = weekends.get(weekends.size() - 2);
        Set<RaceKey> needed = new HashSet<>(Weekends.lapRaces(weekends.stream().map(Weekend::race).toList(),
                target.race()));
        List<Weekend> trimmed = new ArrayList<>();
        for (Weekend w : weekends) {
            List<LapTime> laps = needed.contains(w.key()) ? w.laps() : List.of();
            trimmed.add(new Weekend(w.race(), w.circuit(), w.qualifying(), w.sprintQualifying(), w.sprintResults(),
                    w.raceResults(), laps, w.longRuns(), w.conditions()));
        }
        assertThat(needed.size()).isLessThan(weekends.size() / 2);
        List<FeatureRow> full = engine.grandPrixFeatures(ModelHistory.before(weekends, target.key()), target);
        List<FeatureRow> lean = engine.grandPrixFeatures(ModelHistory.before(trimmed, target.key()), target);
        assertThat(lean).isEqualTo(full);
    }

    @Test
    @DisplayName("the history refuses weekends out of race order")
    void chronologicalOnly() {
        ModelHistory h = new ModelHistory();
        h.add(weekends.get(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.add(weekends.get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("race order");
        assertThat(h.lastAdded()).contains(weekends.get(1).key());
    }

    @Test
    @DisplayName("stale drivers vanish: the pool is exactly this race's grid")
    void poolIsTheGrid() {
        Weekend w = weekends.get(12);
        List<FeatureRow> rows = ModelEngine.ofDefaults().grandPrixFeatures(ModelHistory.before(weekends, w.key()), w);
        assertThat(rows).extracting(FeatureRow::driver)
                .containsExactlyInAnyOrderElementsOf(w.qualifying().stream().map(q -> q.driver()).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.type()).isEqualTo(RaceType.GRAND_PRIX));
    }
}
