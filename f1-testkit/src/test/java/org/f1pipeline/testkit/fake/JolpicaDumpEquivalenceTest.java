package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.dump.DumpTablesReader;
import org.f1pipeline.testkit.dump.JolpicaDump;
import org.f1pipeline.testkit.dump.JolpicaDumpWriter;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dump's rows, read back with Jolpica's own serializer rules ({@link DumpAsJolpica}), give exactly the JSON objects
 * the fake Jolpica serves for the same season: schedule, results, sprint, qualifying, laps and pit stops.
 */
class JolpicaDumpEquivalenceTest {
    private static final SyntheticHistory HISTORY = new SyntheticHistory();

    // 2025: reduced statuses, no average speeds; 2024: sprint qualifying, "Lapped"; 2023: shootout; 2021: the first
    // sprint format and the fastest-lap point; 2012: "+n Laps" with fastest laps and pit stops;
    // 2005: one-lap qualifying (QO) and average speeds; 1996: QB and laps without fastest laps; 1975: results only.
    @ParameterizedTest
    @ValueSource(ints = {2025, 2024, 2023, 2021, 2012, 2005, 1996, 1975})
    void everyServedObjectIsRecoveredFromTheRows(int year) {
        JolpicaDump dump = JolpicaDumpWriter.synthetic(HISTORY, year, year).toDump();
        DumpAsJolpica jolpica = new DumpAsJolpica(new DumpTablesReader(dump.zip()));
        SyntheticSeason season = HISTORY.season(year);
        int results = 0;
        int laps = 0;
        int stops = 0;
        for (SyntheticRound r : season.rounds()) {
            assertThat(jolpica.race(year, r.round())).as(r + " schedule").isEqualTo(JolpicaJson.race(r, true));
            List<ObjectNode> expected = r.results().stream().map(row -> JolpicaJson.result(row, false, r)).toList();
            assertThat(jolpica.results(year, r.round(), "R")).as(r + " results").isEqualTo(expected);
            results += expected.size();
            assertThat(jolpica.results(year, r.round(), "SR")).as(r + " sprint")
                    .isEqualTo(r.sprintResults().stream().map(row -> JolpicaJson.result(row, true, r)).toList());
            assertThat(jolpica.qualifying(year, r.round(), "Q")).as(r + " qualifying")
                    .isEqualTo(r.qualifying().stream().map(JolpicaJson::qualifying).toList());
            assertThat(jolpica.qualifying(year, r.round(), "SQ")).as(r + " sprint qualifying")
                    .isEqualTo(r.sprintQualifying().stream().map(JolpicaJson::qualifying).toList());
            if (Eras.hasJolpicaLaps(year)) {
                SessionData data = season.sessionData(r.round(), SessionType.RACE);
                List<ObjectNode> timings = data.laps().stream()
                        .sorted(Comparator.comparingInt(LapRow::lap).thenComparingInt(LapRow::position))
                        .map(JolpicaJson::timing).toList();
                assertThat(jolpica.laps(year, r.round())).as(r + " laps").isEqualTo(timings);
                laps += timings.size();
                List<ObjectNode> pits = Eras.hasJolpicaPitStops(year)
                        ? data.pitStops().stream().map(p -> JolpicaJson.pitStop(p, r)).toList() : List.of();
                assertThat(jolpica.pitStops(year, r.round())).as(r + " pit stops").isEqualTo(pits);
                stops += pits.size();
            }
        }
        assertThat(results).isGreaterThan(100);
        assertThat(dump.summary().rows("lap")).isGreaterThanOrEqualTo(laps);
        assertThat(dump.summary().rows("pitstop")).isEqualTo(stops);
        if (Eras.hasJolpicaLaps(year)) {
            assertThat(laps).isGreaterThan(10_000);
        }
        if (Eras.hasJolpicaPitStops(year)) {
            assertThat(stops).isGreaterThan(300);
        }
    }
}
