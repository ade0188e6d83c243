package org.f1pipeline.testkit.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The real 1950-2013 history reader")
class ErgastHistoryTest {

    private static ErgastHistory history;

    @BeforeAll
    static void load() {
        history = ErgastHistory.load(ErgastHistory.locateOrSkip());
    }

    @Test
    @DisplayName("reads every row of every table")
    void readsEveryRow() {
        assertThat(history.seasons()).hasSize(64);
        assertThat(history.races()).hasSize(897);
        assertThat(history.resultCount()).isEqualTo(22133);
        assertThat(history.qualifyingCount()).isEqualTo(5884);
        assertThat(history.drivers()).hasSize(823);
        assertThat(history.races(1988)).hasSize(16);
    }

    @Test
    @DisplayName("keeps driver refs as the source spells them, upper case included")
    void keepsRefsAsSpelled() {
        assertThat(history.drivers()).extracting(ErgastHistory.Driver::ref)
                .contains("scott_Brown", "Changy", "Cannoc", "hamilton");
    }

    @Test
    @DisplayName("reads quoted fields with commas and null markers")
    void readsQuotesAndNulls() {
        ErgastHistory.Driver piquet = history.drivers().stream().filter(d -> d.ref().equals("piquet_jr"))
                .findFirst().orElseThrow();
        assertThat(piquet.url()).isEqualTo("http://en.wikipedia.org/wiki/Nelson_Piquet,_Jr.");
        assertThat(piquet.number()).isNull();
        assertThat(piquet.code()).isEqualTo("PIQ");
    }

    @Test
    @DisplayName("orders a race's results by classification and resolves their statuses")
    void ordersResults() {
        ErgastHistory.Race monza1988 = history.races(1988).stream().filter(r -> r.name().contains("Italian"))
                .findFirst().orElseThrow();
        var results = history.results(monza1988.id());
        assertThat(history.driver(results.get(0).driverId()).ref()).isEqualTo("berger");
        assertThat(results.get(0).position()).isEqualTo(1);
        assertThat(history.status(results.get(0).statusId())).isEqualTo("Finished");
        assertThat(history.qualifying(monza1988.id())).isEmpty();
    }
}
