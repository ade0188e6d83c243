package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.FeatureRow;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fitted models: rolling-origin fits, what their rows carry, and how predictions use them. */
class FittedModelTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final ModelSpec SPEC = ModelSpec.clogitV1();
    private static List<Weekend> weekends;

    @BeforeAll
    static void generate() {
        weekends = new SyntheticSeasons(5, 6, 8, 2030).generate(2019, 5, 12);
    }

    @Test
    @DisplayName("a season's coefficients maximise the penalised likelihood of the earlier winners as the features saw them")
    void scoreEquations() {
        Replay replay = ModelEngine.ofDefaults().replay(weekends, null, NOW);
        ModelHistory full = ModelHistory.before(weekends, RaceKey.of(2023, 1));
        FittedCoefficients fit = full.coefficients(SPEC, 2023);
        assertThat(fit.races()).isEqualTo(48); // every grand prix of 2019-2022 has a winner on its grid
        List<String> inputs = List.of("grid_log", "pole", "driver_elo", "team_elo");
        double[] b = inputs.stream().mapToDouble(n -> fit.coefficients().get(n)).toArray();
        double[] gradient = gradient(replay, b);
        double[] moved = b.clone();
        moved[0] += 0.05;
        double[] away = gradient(replay, moved);
        for (int k = 0; k < 4; k++) {
            assertThat(gradient[k]).as("score of " + inputs.get(k)).isCloseTo(0.0, within(0.01));
        }
        assertThat(Math.abs(away[0])).as("the score moves off the optimum").isGreaterThan(0.1);
        assertThat(b[0]).as("better grid, better chances").isLessThan(0);
    }

    /** The penalised score (gradient) at {@code b} over the 2019-2022 grands prix, from the stored inputs. */
    private static double[] gradient(Replay replay, double[] b) {
        String[] names = {"grid_log", "pole", "driver_elo", "team_elo"};
        Map<RaceKey, DriverId> winners = winners();
        double[] g = new double[4];
        List<double[]> rows = new ArrayList<>();
        List<Double> rowWeights = new ArrayList<>();
        for (EventPrediction e : replay.events()) {
            int season = e.race().season();
            if (e.type() != RaceType.GRAND_PRIX || season >= 2023) {
                continue;
            }
            double w = Math.pow(0.5, (2022 - season) / 8.0);
            double z = 0;
            double[] mean = new double[4];
            double[] winner = null;
            for (FeatureRow r : e.features()) {
                double[] x = new double[4];
                double u = 0;
                for (int k = 0; k < 4; k++) {
                    x[k] = r.scores().get(names[k]);
                    u += b[k] * x[k];
                }
                double eu = Math.exp(u);
                z += eu;
                for (int k = 0; k < 4; k++) {
                    mean[k] += eu * x[k];
                }
                if (r.driver().equals(winners.get(e.race()))) {
                    winner = x;
                }
                rows.add(x);
                rowWeights.add(w);
            }
            for (int k = 0; k < 4; k++) {
                g[k] += w * (winner[k] - mean[k] / z);
            }
        }
        // Ridge on standardised inputs: lambda = 1, prior (-1.5, -0.5, 0.3, 0.2), weighted variance of each input.
        double[] prior = {-1.5, -0.5, 0.3, 0.2};
        for (int k = 0; k < 4; k++) {
            double sw = 0;
            double sx = 0;
            double sxx = 0;
            for (int i = 0; i < rows.size(); i++) {
                double w = rowWeights.get(i);
                double x = rows.get(i)[k];
                sw += w;
                sx += w * x;
                sxx += w * x * x;
            }
            double var = sxx / sw - (sx / sw) * (sx / sw);
            g[k] -= var * (b[k] - prior[k]);
        }
        return g;
    }

    private static Map<RaceKey, DriverId> winners() {
        Map<RaceKey, DriverId> out = new HashMap<>();
        for (Weekend w : weekends) {
            for (RaceResult r : w.raceResults()) {
                if (r.finishPosition() != null && r.finishPosition() == 1) {
                    out.put(w.key(), r.driver());
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("rolling origin: a season's fit ignores that season and later ones, and does not depend on the start")
    void rollingOrigin() {
        ModelHistory before = ModelHistory.before(weekends, RaceKey.of(2022, 1));
        ModelHistory later = ModelHistory.before(weekends, RaceKey.of(2023, 7));
        FittedCoefficients fit = before.coefficients(SPEC, 2022);
        assertThat(later.coefficients(SPEC, 2022)).isEqualTo(fit);
        assertThat(later.coefficients(SPEC, 2023)).isNotEqualTo(later.coefficients(SPEC, 2022));
        // A chain of warm starts (2020, 2021, 2022, as a backfill does) and a cold fit agree to the last digit.
        ModelHistory chain = ModelHistory.before(weekends, RaceKey.of(2022, 1));
        chain.coefficients(SPEC, 2020);
        chain.coefficients(SPEC, 2021);
        FittedCoefficients warm = chain.coefficients(SPEC, 2022);
        assertThat(warm.coefficients()).isEqualTo(fit.coefficients());
        assertThat(warm.races()).isEqualTo(fit.races()).isEqualTo(36);
        assertThat(warm.newtonSteps()).isLessThanOrEqualTo(fit.newtonSteps());
        assertThat(fit.season()).isEqualTo(2022);
    }

    @Test
    @DisplayName("with nothing to learn from, a fitted model predicts with its prior coefficients")
    void coldStart() {
        FittedCoefficients prior = new ModelHistory().coefficients(SPEC, 2019);
        assertThat(prior.races()).isZero();
        assertThat(prior.newtonSteps()).isZero();
        assertThat(prior.coefficients()).containsExactlyEntriesOf(SPEC.weights());
        assertThatThrownBy(() -> new ModelHistory().coefficients(ModelSpec.weightedV3(), 2019))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weighted model");
    }

    @Test
    @DisplayName("a fitted row carries inputs and the season's coefficients; contributions are coefficient x input")
    void rowsAndContributions() {
        Weekend target = weekends.stream().filter(w -> w.key().equals(RaceKey.of(2022, 5))).findFirst().orElseThrow();
        ModelHistory history = ModelHistory.before(weekends, target.key());
        List<FeatureRow> rows = ModelEngine.ofDefaults().grandPrixFeatures(history, target);
        FittedCoefficients fit = history.coefficients(SPEC, 2022);
        assertThat(rows).hasSize(target.qualifying().size());
        for (FeatureRow r : rows) {
            assertThat(r.modelVersion()).isEqualTo("clogit-v1");
            assertThat(r.scores().keySet()).containsExactly("grid_log", "pole", "driver_elo", "team_elo",
                    "coef.grid_log", "coef.pole", "coef.driver_elo", "coef.team_elo", "fit.races");
            assertThat(r.scores().get("fit.races")).isEqualTo(fit.races());
            int grid = target.qualifying().stream().filter(q -> q.driver().equals(r.driver())).findFirst()
                    .orElseThrow().position();
            assertThat(r.scores().get("grid_log")).isCloseTo(Math.log(grid), within(5e-6));
            assertThat(r.scores().get("pole")).isEqualTo(grid == 1 ? 1.0 : 0.0);
            assertThat(r.scores().get("driver_elo")).isCloseTo(history.driverRating(r.driver()), within(5e-6));
            double raw = 0;
            for (String name : List.of("grid_log", "pole", "driver_elo", "team_elo")) {
                assertThat(r.scores().get("coef." + name)).isEqualTo(fit.coefficients().get(name));
                raw += fit.coefficients().get(name) * r.scores().get(name);
            }
            assertThat(r.rawScore()).isCloseTo(raw, within(5e-7));
        }
        Prediction p = ModelEngine.ofDefaults().predict(RaceType.GRAND_PRIX, target.key(), rows, NOW, NOW);
        double z = rows.stream().mapToDouble(r -> Math.exp(r.rawScore())).sum();
        for (DriverPrediction d : p.drivers()) {
            FeatureRow r = rows.stream().filter(x -> x.driver().equals(d.driver())).findFirst().orElseThrow();
            assertThat(d.probability()).isCloseTo(Math.exp(r.rawScore()) / z, within(1e-12));
            assertThat(d.contributions().keySet()).containsExactly("grid_log", "pole", "driver_elo", "team_elo");
            assertThat(d.contributions().get("team_elo"))
                    .isEqualTo(r.scores().get("coef.team_elo") * r.scores().get("team_elo"));
            assertThat(d.contributions().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(d.rawScore(), within(1e-6));
        }
    }

    @Test
    @DisplayName("a row without coefficients cannot be predicted by a fitted model")
    void missingCoefficients() {
        FeatureRow row = new FeatureRow(RaceKey.of(2022, 1), RaceType.GRAND_PRIX, "clogit-v1", DriverId.of("a"),
                Map.of("grid_log", 0.0, "pole", 1.0, "driver_elo", 0.0, "team_elo", 0.0), 0.0);
        assertThatThrownBy(() -> Predictor.predict(SPEC, RaceKey.of(2022, 1), List.of(row), NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no coefficient for grid_log");
    }

    @Test
    @DisplayName("the sprint model learns from grands prix and sprints and predicts the sprint grid")
    void sprint() {
        Weekend target = weekends.stream().filter(w -> w.key().season() == 2023 && SprintFeatures.hasGrid(w))
                .findFirst().orElseThrow();
        ModelHistory history = ModelHistory.before(weekends, target.key());
        FittedCoefficients gp = history.coefficients(ModelSpec.clogitV1(), 2023);
        FittedCoefficients sprint = history.coefficients(ModelSpec.sprintClogitV1(), 2023);
        assertThat(sprint.races()).isGreaterThan(gp.races()); // the earlier sprints come on top
        List<FeatureRow> rows = ModelEngine.ofDefaults().sprintFeatures(history, target);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.modelVersion()).isEqualTo("sprint-clogit-v1");
            assertThat(r.scores().get("coef.grid_log")).isEqualTo(sprint.coefficients().get("grid_log"));
        });
    }
}
