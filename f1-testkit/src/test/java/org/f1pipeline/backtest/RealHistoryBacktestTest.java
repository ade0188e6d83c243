package org.f1pipeline.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.history.HistoryRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fitted model on the real grands prix of 2004-2013 (fitted, season by season, on the races before), against
 * the targets: log-loss at least 5 % below the grid-softmax baseline's, top-1 at least the pole-sitter's,
 * and every calibration bin of 30 or more predictions within 5 points of what happened. Functional figures, exact
 * for a given history; the timing lives in the benchmark (ModelBacktestBenchmark). Skipped without
 * ../shared/realdata.
 */
class RealHistoryBacktestTest {

    private static Storage storage;
    private static BacktestReport report;

    @BeforeAll
    static void load() {
        HistoryRecords records = HistoryRecords.of(ErgastHistory.load(ErgastHistory.locateOrSkip()), 1950, 2013);
        storage = Storages.inMemory();
        records.load(storage);
        report = Backtest.run(storage, BacktestOptions.builder(2004, 2013).models(List.of(ModelSpec.clogitV1()))
                .build());
    }

    @AfterAll
    static void close() {
        if (storage != null) {
            storage.close();
        }
    }

    @Test
    @DisplayName("every grand prix of 2004-2013 is scored, each predicted from the races before it")
    void everyRace() {
        assertThat(report.events()).isEqualTo(184);
        assertThat(report.excluded()).isEmpty();
        assertThat(report.model("clogit-v1").orElseThrow().computed()).isEqualTo(184);
        assertThat(report.model("clogit-v1").orElseThrow().seasons()).hasSize(10);
    }

    @Test
    @DisplayName("clogit-v1: log-loss at least 5 % below grid-softmax, top-1 at least the pole-sitter's")
    void beatsTheGrid() {
        Metrics model = report.model("clogit-v1").orElseThrow().overall();
        Metrics grid = report.model("grid-softmax").orElseThrow().overall();
        Metrics pole = report.model("pole").orElseThrow().overall();
        assertThat(model.logLoss()).isLessThanOrEqualTo(0.95 * grid.logLoss());
        assertThat(model.top1()).isGreaterThanOrEqualTo(pole.top1());
        assertThat(grid.logLoss()).as("the baseline is not a straw man").isLessThan(pole.logLoss());
    }

    @Test
    @DisplayName("clogit-v1 is calibrated: every bin of 30 or more predictions within 5 points of observed")
    void calibrated() {
        List<CalibrationBin> bins = report.model("clogit-v1").orElseThrow().calibration();
        assertThat(bins.stream().filter(b -> b.n() >= 30).count()).isGreaterThanOrEqualTo(5);
        for (CalibrationBin b : bins) {
            if (b.n() >= 30) {
                assertThat(Math.abs(b.predicted() - b.observed())).as("bin " + b).isLessThanOrEqualTo(0.05);
            }
        }
    }
}
