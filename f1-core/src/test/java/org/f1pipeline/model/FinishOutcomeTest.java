package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinishOutcomeTest {

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource({
            "5,  5, Finished,      CLASSIFIED",
            "12, 12, Lapped,       CLASSIFIED",
            "14, 14, +1 Lap,       CLASSIFIED",
            "17, 17, Engine,       CLASSIFIED",
            ",   R, Retired,       RETIRED",
            ",   R, Accident,      RETIRED",
            ",   N, Not classified, RETIRED",
            ",   D, Disqualified,  DISQUALIFIED",
            "3,  D, Disqualified,  DISQUALIFIED",
            ",   E, Excluded,      DISQUALIFIED",
            ",   W, Did not start, DID_NOT_START",
            ",   R, Withdrew,      DID_NOT_START",
            ",   F, Did not qualify, DID_NOT_START"})
    void outcomes(Integer position, String text, String status, FinishOutcome expected) {
        RaceResult r = new RaceResult(RaceKey.of(2025, 1), RaceType.GRAND_PRIX, Fx.d("amy"), Fx.t("beta"), null,
                position, text, 3, 0, status, null, null, false);
        assertThat(FinishOutcome.of(r)).isEqualTo(expected);
        assertThat(FinishOutcome.of(r).isDnf()).isEqualTo(expected == FinishOutcome.RETIRED);
    }
}
