package org.f1pipeline.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fake.FakeF1Transport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump has no sprint qualifying (D63), so a bootstrap stores the 2023+ sprint weekends completed without it
 * (D80). The report counts them from the stored data; the recompute still predicts their sprints, from the sprint
 * results' starting grid, but without the sprint-qualifying times; {@code backfillSprint} over the reported seasons
 * fills the rows from the fake OpenF1 although the rounds are completed, and the recompute then uses them.
 */
class BootstrapSprintQualifyingTest {

    private static final String SQ_DELTA = "sq_qualifying_delta";

    @TempDir
    Path dir;

    @Test
    @DisplayName("bootstrap 2023-2024: the report counts the sprint weekends stored without sprint qualifying;"
            + " backfillSprint fills them on completed rounds and the recompute uses them; a rerun reports none")
    void backfillSprintFillsTheGap() {
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().dumpYears(2023, 2024).build());
        List<RaceKey> weekends = Stream.of(2023, 2024).flatMap(y -> fake.history().season(y).rounds().stream())
                .filter(r -> r.hasSprint() && r.format().hasSprintQualifying())
                .map(r -> RaceKey.of(r.year(), r.round())).toList();
        assertThat(weekends).as("the synthetic history's 2023-2024 sprint weekends").isNotEmpty();
        try (Storage storage = Storages.inMemory()) {
            F1Pipeline pipeline = BootstrapEquivalenceTest.pipeline(fake, storage, dir.resolve("cache"));
            BootstrapReport boot = pipeline.bootstrap(BootstrapOptions.ofDefaults());
            assertThat(boot.skipped()).isEmpty();
            for (RaceKey key : weekends) {
                assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
                assertThat(storage.results().sprintQualifying(key)).as(key + " after the bootstrap").isEmpty();
            }
            assertThat(boot.withoutSprintQualifying()).isEqualTo(weekends.size());
            assertThat(boot.sprintQualifyingYears()).containsExactly(2023, 2024);
            assertThat(boot.seasons()).allSatisfy(s -> assertThat(s.withoutSprintQualifying()).isEqualTo(
                    (int) weekends.stream().filter(k -> k.season() == s.season()).count()));
            assertThat(boot.summary()).endsWith("; " + weekends.size()
                    + " sprint weekends without sprint qualifying (not in the dump) in 2023, 2024");
            BootstrapReport rerun = pipeline.bootstrap(BootstrapOptions.ofDefaults());
            assertThat(rerun.nothingWritten()).isTrue();
            assertThat(rerun.withoutSprintQualifying()).as("still there on a rerun").isEqualTo(weekends.size());

            // Without sprint qualifying the sprints are still predicted (the sprint results' starting grid stands
            // in for the sprint grid), but the sprint-qualifying inputs are missing.
            assertThat(pipeline.recompute(2023, 2024).sprints()).isEqualTo(weekends.size());
            pipeline.recompute(2023, 2024, "sprint-v2");
            for (RaceKey key : weekends) {
                assertThat(storage.predictions().latest(key, RaceType.SPRINT, "sprint-clogit-v1")).isPresent();
                assertThat(sqDeltas(storage, key)).as(key + " before").containsOnly(0.0);
            }

            BackfillReport sprint = pipeline.backfillSprint(boot.sprintQualifyingYears(), BackfillOptions.ofDefaults(),
                    BackfillListener.NONE);
            assertThat(sprint.skips()).isEmpty();
            assertThat(sprint.roundsCompleted()).isEqualTo(weekends.size());
            for (RaceKey key : weekends) {
                assertThat(storage.results().sprintQualifying(key)).as(key + " after backfillSprint")
                        .hasSize(fake.history().season(key.season()).round(key.round()).sprintQualifying().size());
                assertThat(storage.races().race(key).orElseThrow().status()).isEqualTo(RaceStatus.COMPLETED);
                assertThat(storage.predictions().latest(key, RaceType.SPRINT, "sprint-clogit-v1")).isPresent();
            }
            assertThat(pipeline.stale(2023, 2024).isEmpty()).as("backfillSprint recomputed what it staled").isTrue();
            assertThat(pipeline.recompute(2023, 2024, "sprint-v2").sprints()).as("sprint-v2 saw the new inputs")
                    .isEqualTo(weekends.size());
            for (RaceKey key : weekends) {
                assertThat(sqDeltas(storage, key)).as(key + " after").anyMatch(d -> d != 0.0);
            }

            BootstrapReport again = pipeline.bootstrap(BootstrapOptions.ofDefaults());
            assertThat(again.nothingWritten()).isTrue();
            assertThat(again.withoutSprintQualifying()).as("nothing left to fill").isZero();
            assertThat(again.sprintQualifyingYears()).isEmpty();
            assertThat(again.summary()).doesNotContain("sprint qualifying");
        }
    }

    /** Every driver's sprint-qualifying teammate-delta contribution in the latest sprint-v2 prediction. */
    private static List<Double> sqDeltas(Storage storage, RaceKey key) {
        Prediction p = storage.predictions().latest(key, RaceType.SPRINT, "sprint-v2").orElseThrow();
        return p.drivers().stream().map(d -> d.contributions().get(SQ_DELTA)).toList();
    }
}
