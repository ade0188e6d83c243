package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.testkit.dump.DumpTablesReader;
import org.f1pipeline.testkit.dump.JolpicaDump;
import org.f1pipeline.testkit.dump.JolpicaDumpWriter;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dump of the real 1950-2013 record, read back with Jolpica's rules, gives what {@code FakeF1Api.replay} serves,
 * except the two position texts Jolpica's rule cannot produce (E reads back as D, N as R). Skipped without
 * ../shared/realdata.
 */
class RealHistoryDumpTest {
    private static ErgastHistory history;
    private static JolpicaDump dump;
    private static DumpAsJolpica jolpica;

    @BeforeAll
    static void write() {
        history = ErgastHistory.load(ErgastHistory.locateOrSkip());
        dump = JolpicaDumpWriter.real(history).toDump();
        jolpica = new DumpAsJolpica(new DumpTablesReader(dump.zip()));
    }

    @Test
    void everyRaceResultQualifyingRowAndPitStopIsRecovered() {
        List<String> mismatches = new ArrayList<>();
        int results = 0;
        int lossy = 0;
        for (ErgastHistory.Race r : history.races()) {
            List<ObjectNode> expected = new ArrayList<>();
            for (ErgastHistory.Result res : history.results(r.id())) {
                ObjectNode n = ReplayJson.result(history, res);
                if (res.positionText().equals("E") || res.positionText().equals("N")) {
                    n.put("positionText", res.positionText().equals("E") ? "D" : "R");
                    lossy++;
                } else if (res.position() != null && res.position() != res.positionOrder()) {
                    // A place left vacant by a disqualification: Jolpica has one position column.
                    n.put("positionText", String.valueOf(res.positionOrder()));
                    lossy++;
                }
                expected.add(n);
            }
            results += expected.size();
            compare(mismatches, r + " results", jolpica.results(r.year(), r.round(), "R"), expected);
            List<ObjectNode> quali = new ArrayList<>();
            for (ErgastHistory.Qualifying q : history.qualifying(r.id())) {
                ObjectNode n = ReplayJson.qualifying(history, q);
                // Jolpica keeps one car number per entry (the race's); a few qualifying rows of the record differ.
                history.results(r.id()).stream().filter(res -> res.driverId() == q.driverId()
                        && res.constructorId() == q.constructorId()).findFirst()
                        .ifPresent(res -> n.put("number", res.number()));
                if (q.q1() == null) {
                    n.put("Q1", ""); // a place without a time: stored as an entry whose lap has no time
                }
                quali.add(n);
            }
            compare(mismatches, r + " qualifying", jolpica.qualifying(r.year(), r.round(), "Q"), quali);
            compare(mismatches, r + " pit stops", jolpica.pitStops(r.year(), r.round()),
                    history.pitStops(r.id()).stream().map(p -> ReplayJson.pitStop(history, p)).toList());
            compare(mismatches, r + " schedule", List.of(jolpica.race(r.year(), r.round())),
                    List.of(ReplayJson.race(history, r)));
        }
        assertThat(mismatches).isEmpty();
        assertThat(results).isEqualTo(history.resultCount());
        assertThat(lossy).isGreaterThan(0);
        assertThat(dump.summary().rows("round")).isEqualTo(history.races().size());
        assertThat(dump.summary().rows("championshipadjustment")).isEqualTo(2);
    }

    private static void compare(List<String> out, String what, List<ObjectNode> actual, List<ObjectNode> expected) {
        if (actual.size() != expected.size()) {
            out.add(what + ": " + actual.size() + " rows, expected " + expected.size());
            return;
        }
        for (int i = 0; i < actual.size(); i++) {
            if (!normal(actual.get(i)).equals(normal(expected.get(i))) && out.size() < 30) {
                out.add(what + " #" + i + ":\n  got      " + actual.get(i) + "\n  expected " + expected.get(i));
            }
        }
    }

    /**
     * The record's time texts are Ergast's ({@code 2:13:23.6}, {@code +2.6}, and a few that disagree with the
     * milliseconds, like {@code +1:05.0421}); Jolpica derives the text from the stored interval, which is
     * {@code Time.millis}. Compare the millis only.
     */
    private static ObjectNode normal(ObjectNode n) {
        ObjectNode c = n.deepCopy();
        if (c.has("Time")) {
            ((ObjectNode) c.get("Time")).remove("time");
        }
        return c;
    }
}
