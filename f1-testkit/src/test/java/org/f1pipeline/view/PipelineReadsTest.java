package org.f1pipeline.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.history.HistoryRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one-hop reads for data people ({@code latestPrediction}, {@code explain}, {@code results}, {@code nextRace})
 * on the real 1950-1988 record, with the 1988 season predicted by the default fitted model. Skipped without
 * ../shared/realdata.
 */
class PipelineReadsTest {

    /** 30 April 1988, noon UTC: the eve of the San Marino Grand Prix (round 2). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("1988-04-30T12:00:00Z"), ZoneOffset.UTC);
    private static final RaceKey BRAZIL_1988 = RaceKey.of(1988, 1);
    private static final DriverId PROST = DriverId.of("prost");

    private static Storage storage;
    private static F1Pipeline pipeline;

    @BeforeAll
    static void load() {
        HistoryRecords records = HistoryRecords.of(ErgastHistory.load(ErgastHistory.locateOrSkip()), 1950, 1988);
        storage = Storages.inMemory();
        records.load(storage);
        ModelRecompute.recompute(storage, ModelEngine.ofDefaults(), 1988, 1988, CLOCK);
        pipeline = F1Pipeline.builder().storage(storage).clock(CLOCK).build();
    }

    @AfterAll
    static void close() {
        if (storage != null) {
            pipeline.close();
            storage.close();
        }
    }

    @Test
    @DisplayName("latestPrediction: one call gives the race, names, teams and the actual winner")
    void latestPrediction() {
        NamedPrediction p = pipeline.latestPrediction(BRAZIL_1988);
        assertThat(p.race().name()).isEqualTo("Brazilian Grand Prix");
        assertThat(p.prediction().modelVersion()).isEqualTo("clogit-v1");
        assertThat(p.drivers()).hasSize(p.prediction().drivers().size()).hasSize(26);
        assertThat(p.drivers().stream().mapToDouble(NamedDriverPrediction::probability).sum()).isCloseTo(1.0,
                within(1e-9));
        assertThat(p.drivers()).allSatisfy(d -> {
            assertThat(d.driverName()).doesNotContain("_");
            assertThat(d.teamName()).isNotEqualTo("?");
        });
        assertThat(p.winner().driverName()).isEqualTo("Nigel Mansell");
        assertThat(p.winner().teamName()).isEqualTo("Williams");
        assertThat(p.winner().probability()).isCloseTo(0.354, within(0.0005));
        NamedDriverPrediction senna = p.driver(DriverId.of("senna")).orElseThrow();
        assertThat(senna.driverName()).isEqualTo("Ayrton Senna");
        assertThat(senna.teamName()).isEqualTo("McLaren");
        assertThat(p.actualWinner().driverName()).isEqualTo("Alain Prost");
        assertThat(p.actualWinner().teamName()).isEqualTo("McLaren");
        String table = p.toString();
        assertThat(table).startsWith("1988-01 Brazilian Grand Prix - grand prix, model clogit-v1\n")
                .contains("Rank  Driver").contains("Ayrton Senna").contains("Actual winner: Alain Prost (predicted rank")
                .doesNotContain("@");
        assertThat(p.table(3).lines().filter(l -> l.matches("\\s+\\d+  .*")).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("explain: coefficient x input rows, largest first, adding up to the driver's utility")
    void explain() {
        Explanation e = pipeline.explain(BRAZIL_1988, PROST);
        assertThat(e.fitted()).isTrue();
        assertThat(e.driver().driverName()).isEqualTo("Alain Prost");
        assertThat(e.rows()).extracting(Explanation.Row::input).containsExactlyInAnyOrder("grid_log", "pole",
                "driver_elo", "team_elo");
        for (int i = 1; i < e.rows().size(); i++) {
            assertThat(Math.abs(e.rows().get(i - 1).contribution()))
                    .isGreaterThanOrEqualTo(Math.abs(e.rows().get(i).contribution()));
        }
        for (Explanation.Row r : e.rows()) {
            // stored contributions and inputs are rounded to 6 decimals
            assertThat(r.contribution()).isCloseTo(r.value() * r.weight(), within(1e-5));
        }
        assertThat(e.rows().stream().mapToDouble(Explanation.Row::contribution).sum())
                .isCloseTo(e.driver().prediction().rawScore(), within(1e-5));
        assertThat(e.fittedOnRaces()).isEqualTo(291);
        assertThat(e.driver().rank()).isEqualTo(3);
        assertThat(e.driver().probability()).isCloseTo(0.168, within(0.0005));
        assertThat(e.rows().get(0).input()).isEqualTo("grid_log"); // third on the grid: -1.4857 x ln 3
        assertThat(e.toString()).startsWith("Alain Prost (prost), McLaren - 1988-01 Brazilian Grand Prix")
                .contains("coefficient").contains("conditional logit over 26 drivers");
        assertThatThrownBy(() -> pipeline.explain(BRAZIL_1988, DriverId.of("fangio")))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.field()).isEqualTo("driver"))
                .hasMessageContaining("fangio is not in the 1988-01 Brazilian Grand Prix - grand prix prediction");
    }

    @Test
    @DisplayName("results: the classification with names, winner first")
    void results() {
        RaceResults r = pipeline.results(BRAZIL_1988, RaceType.GRAND_PRIX);
        assertThat(r.rows().get(0).toString()).isEqualTo("P1 Alain Prost (McLaren) 9 pts, Finished");
        assertThat(r.rows().get(1).driverName()).isEqualTo("Gerhard Berger");
        assertThat(r.winner().orElseThrow().driverName()).isEqualTo("Alain Prost");
        assertThat(r.toString()).contains("Pos  Driver").contains("Alain Prost").contains("McLaren");
    }

    @Test
    @DisplayName("nextRace: the first round whose grand prix starts after the clock")
    void nextRace() {
        assertThat(pipeline.nextRace()).hasValueSatisfying(r -> {
            assertThat(r.key()).isEqualTo(RaceKey.of(1988, 2));
            assertThat(r.name()).isEqualTo("San Marino Grand Prix");
        });
        F1Pipeline later = F1Pipeline.builder().storage(storage)
                .clock(Clock.fixed(Instant.parse("1989-06-01T00:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(later.nextRace()).as("1989 is not stored").isEmpty();
    }

    @Test
    @DisplayName("what is not stored yet is DataNotAvailableException with the job to run")
    void notStored() {
        assertThatThrownBy(() -> pipeline.latestSprintPrediction(BRAZIL_1988))
                .isInstanceOf(DataNotAvailableException.class)
                .hasMessage("no sprint prediction is stored for 1988-01: run compute_sprint_predictions for race"
                        + " 1988-01 first");
        assertThatThrownBy(() -> pipeline.latestPrediction(RaceKey.of(1989, 1)))
                .isInstanceOf(DataNotAvailableException.class).hasMessageContaining("run sync_schedule for year 1989");
    }

    @Test
    @DisplayName("toString of the pipeline and its configuration is readable")
    void readableToString() {
        assertThat(pipeline.toString()).startsWith("F1Pipeline[version=" + F1Pipeline.VERSION + ", storage=")
                .contains("jobs=").contains("models=clogit-v1 and sprint-clogit-v1").doesNotContain("@");
        assertThat(pipeline.config().toString()).contains("exponentialWithFullJitter(base=").doesNotContain("$$")
                .doesNotContain("Lambda").doesNotContain("@");
        assertThat(pipeline.names().driver(PROST)).isEqualTo("Alain Prost");
    }
}
