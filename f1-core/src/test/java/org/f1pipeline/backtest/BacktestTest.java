package org.f1pipeline.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.f1pipeline.model.Fx.d;
import static org.f1pipeline.model.Fx.gp;
import static org.f1pipeline.model.Fx.key;
import static org.f1pipeline.model.Fx.quali;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.model.Feature;
import org.f1pipeline.model.Fx;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A backtest of 2021 on a hand-made history, every number derived by hand. Three drivers (a, b, c, one team each).
 * <pre>
 * 2020-1 grid a b c, a wins     2020-2 grid a b c, b wins      (history: pole won 1 of 2)
 * 2021-1 grid b a c, b wins     2021-2 grid a c b, c wins      (scored)
 * 2021-3 grid a b c, no result  2021-4 grid a b, c wins from outside the qualifying grid (left out)
 * </pre>
 * Model {@code mine-1} has stored predictions: 2021-1 (a .2, b .5, c .3), 2021-2 (a .6, b .1, c .3).
 */
class BacktestTest {

    private static final ModelSpec MINE = ModelSpec.builder("mine-1", RaceType.GRAND_PRIX)
            .weight(Feature.STARTING_POSITION, 1.0).temperature(0.1).build();
    private Storage storage;

    @BeforeEach
    void seed() {
        storage = Storages.inMemory();
        storage.useTransaction(tx -> {
            tx.catalog().upsertSeasons(List.of(new Season(2020, null), new Season(2021, null)));
            tx.catalog().upsertCircuits(List.of(Fx.circuit("ring", null)));
            List<Driver> drivers = new ArrayList<>();
            List<Constructor> teams = new ArrayList<>();
            for (String x : List.of("a", "b", "c")) {
                drivers.add(new Driver(d(x), null, null, "Driver", x.toUpperCase(), null, null));
                teams.add(new Constructor(ConstructorId.of("t" + x), "Team " + x, null));
            }
            tx.catalog().upsertDrivers(drivers);
            tx.catalog().upsertConstructors(teams);
            List<Race> races = new ArrayList<>();
            List<QualifyingResult> q = new ArrayList<>();
            List<RaceResult> results = new ArrayList<>();
            race(races, q, results, key(2020, 1), "abc", 'a');
            race(races, q, results, key(2020, 2), "abc", 'b');
            race(races, q, results, key(2021, 1), "bac", 'b');
            race(races, q, results, key(2021, 2), "acb", 'c');
            race(races, q, results, key(2021, 3), "abc", ' ');
            race(races, q, results, key(2021, 4), "ab", 'c');
            tx.races().upsertRaces(races);
            tx.results().upsertQualifying(q);
            tx.results().upsertRaceResults(results);
            tx.predictions().add(prediction(key(2021, 1), 0.2, 0.5, 0.3));
            tx.predictions().add(prediction(key(2021, 2), 0.6, 0.1, 0.3));
        });
    }

    @AfterEach
    void close() {
        storage.close();
    }

    /** A race with the qualifying grid {@code order}; the winner first, the others in grid order (' ': no result). */
    private static void race(List<Race> races, List<QualifyingResult> q, List<RaceResult> results, RaceKey k,
                             String order, char winner) {
        races.add(Fx.race(k.season(), k.round(), "ring", EventFormat.CONVENTIONAL,
                LocalDate.of(k.season(), 3, 1).plusWeeks(k.round())));
        for (int i = 0; i < order.length(); i++) {
            String x = String.valueOf(order.charAt(i));
            q.add(quali(k, x, "t" + x, i + 1, 80_000 + i * 100));
        }
        if (winner == ' ') {
            return;
        }
        String all = order.indexOf(winner) < 0 ? order + winner : order;
        int pos = 2;
        for (int i = 0; i < all.length(); i++) {
            String x = String.valueOf(all.charAt(i));
            results.add(gp(k, x, "t" + x, all.charAt(i) == winner ? 1 : pos++, i + 1, 0));
        }
    }

    private static Prediction prediction(RaceKey k, double a, double b, double c) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(List.of(Map.entry("a", a), Map.entry("b", b),
                Map.entry("c", c)));
        sorted.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
        List<DriverPrediction> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(new DriverPrediction(d(sorted.get(i).getKey()), sorted.get(i).getValue(), i + 1, 0, Map.of()));
        }
        return new Prediction(k, RaceType.GRAND_PRIX, "mine-1", Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T00:00:00Z"), ranked);
    }

    private BacktestReport run() {
        return Backtest.run(storage, BacktestOptions.builder(2021, 2021).models(List.of(MINE)).build());
    }

    @Test
    @DisplayName("a stored model's scores: log-loss, Brier, top-1/3, winner's rank and calibration, by hand")
    void storedModel() {
        BacktestReport r = run();
        assertThat(r.events()).isEqualTo(2);
        ModelScore m = r.model("mine-1").orElseThrow();
        assertThat(m.kind()).isEqualTo(ModelScore.MODEL);
        assertThat(m.computed()).isZero();
        Metrics o = m.overall();
        assertThat(o.logLoss()).isCloseTo((-Math.log(0.5) - Math.log(0.3)) / 2, within(1e-12));
        // 2021-1: .2^2 + .5^2 + .3^2 = .38; 2021-2: .6^2 + .1^2 + .7^2 = .86.
        assertThat(o.brier()).isCloseTo((0.38 + 0.86) / 2, within(1e-12));
        assertThat(o.top1()).isEqualTo(0.5);
        assertThat(o.top3()).isEqualTo(1.0);
        assertThat(o.winnerMeanRank()).isEqualTo(1.5);
        // Predictions .2 .5 .3 / .6 .1 .3: [0.1, 0.2) holds .1, [0.2, 0.3) .2, [0.3, 0.5) .3 and .3 (one won),
        // [0.5, 0.7) .5 (won) and .6.
        assertThat(m.calibration()).extracting(CalibrationBin::n).containsExactly(0, 0, 1, 1, 2, 2, 0);
        CalibrationBin mid = m.calibration().get(4);
        assertThat(mid.lo()).isEqualTo(0.3);
        assertThat(mid.hi()).isEqualTo(0.5);
        assertThat(mid.predicted()).isCloseTo(0.3, within(1e-12));
        assertThat(mid.observed()).isEqualTo(0.5);
        assertThat(m.calibration().get(5).predicted()).isCloseTo(0.55, within(1e-12));
        assertThat(m.seasons()).singleElement().satisfies(s -> assertThat(s.metrics()).isEqualTo(o));
    }

    @Test
    @DisplayName("baselines: uniform, pole with the earlier seasons' pole win rate, grid softmax fitted on them")
    void baselines() {
        BacktestReport r = run();
        Metrics uniform = r.model("uniform").orElseThrow().overall();
        assertThat(uniform.logLoss()).isCloseTo(Math.log(3), within(1e-12));
        assertThat(uniform.top1()).isCloseTo(1 / 3.0, within(1e-12)); // a three-way tie: a random pick
        assertThat(uniform.winnerMeanRank()).isEqualTo(2.0);
        assertThat(uniform.brier()).isCloseTo(6 / 9.0, within(1e-12));
        // 2020: pole won 1 of 2. 2021-1: b on pole wins at 0.5; 2021-2: c (P2) gets 0.25, tied with b for 2nd-3rd.
        Metrics pole = r.model("pole").orElseThrow().overall();
        assertThat(pole.logLoss()).isCloseTo((Math.log(2) + Math.log(4)) / 2, within(1e-12));
        assertThat(pole.top1()).isEqualTo(0.5);
        assertThat(pole.top3()).isEqualTo(1.0);
        assertThat(pole.winnerMeanRank()).isEqualTo((1 + 2.5) / 2);
        // Grid softmax on 2020 (winners from P1 and P2 of 3): 3q^2 + q - 1 = 0 for q = e^-a.
        double q = (-1 + Math.sqrt(13)) / 6;
        double z = 1 + q + q * q;
        Metrics grid = r.model("grid-softmax").orElseThrow().overall();
        assertThat(grid.logLoss()).isCloseTo((-Math.log(1 / z) - Math.log(q / z)) / 2, within(1e-9));
        assertThat(r.models()).extracting(ModelScore::name)
                .containsExactly("mine-1", "uniform", "pole", "grid-softmax");
        assertThat(r.models()).filteredOn(s -> s.kind().equals(ModelScore.BASELINE)).hasSize(3);
    }

    @Test
    @DisplayName("a model without stored predictions is computed point-in-time; races that cannot count are listed")
    void computedAndExcluded() {
        BacktestReport r = Backtest.run(storage, BacktestOptions.builder(2021, 2021).models(List.of(MINE))
                .storedPredictions(false).build());
        ModelScore m = r.model("mine-1").orElseThrow();
        assertThat(m.computed()).isEqualTo(2);
        // (21 - grid) / 20 / T(0.1): grid 1, 2, 3 -> 10, 9.5, 9. 2021-1 won from pole, 2021-2 from P2.
        double z = 1 + Math.exp(-0.5) + Math.exp(-1);
        assertThat(m.overall().logLoss()).isCloseTo((Math.log(z) + Math.log(z / Math.exp(-0.5))) / 2,
                within(1e-4));
        assertThat(r.excluded()).containsExactly("2021-03: no winner in the results yet",
                "2021-04: the winner c is not on the grid");
        assertThat(r.latest().race()).isEqualTo(key(2021, 2));
        assertThat(r.latest().winner()).isEqualTo("c");
        assertThat(r.latest().winnerName()).isEqualTo("Driver C");
        assertThat(r.latest().forecasts()).extracting(BacktestReport.Forecast::model)
                .containsExactly("mine-1", "uniform", "pole", "grid-softmax");
        assertThat(r.latest().forecasts().get(0).lines().get(0).driver()).isEqualTo("a"); // pole-sitter first
    }

    @Test
    @DisplayName("the HTML page is self-contained: inline SVG charts, no scripts, no external files, print styles")
    void html() {
        String page = BacktestHtml.render(run());
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("@media print")
                .contains("Calibration").contains("Log-loss per season").contains("Last race scored: 2021-02")
                .contains("\u2605 Driver C").contains("grid-softmax").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("url(").doesNotContain("@import")
                .doesNotContainPattern("(src|href)=");
        assertThat(page.split("<svg", -1)).hasSize(1 + 2 + 4); // two charts, four forecasts' bars
    }

    @Test
    @DisplayName("bad options are refused before anything is read")
    void options() {
        assertThatThrownBy(() -> BacktestOptions.builder(2014, 2013).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'to' 2013 is before 'from' 2014");
        assertThatThrownBy(() -> BacktestOptions.builder(1900, 2013).build())
                .hasMessageContaining("between 1950 and 2100");
        assertThatThrownBy(() -> BacktestOptions.builder(2004, 2013).models("clogit-v9").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown model 'clogit-v9'");
        assertThatThrownBy(() -> BacktestOptions.builder(2004, 2013).sprint().models("clogit-v1").build())
                .hasMessageContaining("model clogit-v1 is not a SPRINT model");
        assertThat(BacktestOptions.builder(2004, 2013).build().models()).extracting(ModelSpec::version)
                .containsExactly("clogit-v1", "weighted-v3");
        assertThat(BacktestOptions.builder(2004, 2013).sprint().build().models()).extracting(ModelSpec::version)
                .containsExactly("sprint-clogit-v1", "sprint-v2");
    }
}
