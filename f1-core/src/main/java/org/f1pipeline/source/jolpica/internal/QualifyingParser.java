package org.f1pipeline.source.jolpica.internal;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.source.jolpica.QualifyingRow;

/**
 * Parses {@code qualifying} pages ({@code QualifyingResults[]}) into {@link QualifyingRow}s grouped by race.
 * {@code position} is required. {@code Q1}/{@code Q2}/{@code Q3} become milliseconds; a segment the driver took part
 * in without a time ({@code ""}) and a segment not reached (key absent) both become null. Pre-knockout formats carry
 * only Q1 (or Q1 and Q2). Jolpica has no sector or speed-trap data, so those fields stay null. Internal API.
 */
public final class QualifyingParser {

    private QualifyingParser() {
    }

    /**
     * The rows of one page, grouped by race in page order.
     *
     * @param page the page envelope ({@code RaceTable})
     * @return one group per race on the page
     */
    public static List<RaceGroup<QualifyingRow>> parse(Envelope page) {
        List<RaceGroup<QualifyingRow>> out = new ArrayList<>();
        for (Node raceNode : page.table().array("Races")) {
            RaceKey key = CatalogParser.raceKey(raceNode);
            Node race = raceNode.inRace(key);
            List<QualifyingRow> rows = new ArrayList<>();
            for (Node row : race.optArray("QualifyingResults")) {
                rows.add(row(row, key));
            }
            out.add(new RaceGroup<>(key, rows));
        }
        return out;
    }

    /** One qualifying row. */
    public static QualifyingRow row(Node row, RaceKey key) {
        Driver driver = CatalogParser.driver(row.field("Driver"));
        Constructor constructor = CatalogParser.constructor(row.field("Constructor"));
        int position = row.integer("position");
        Integer carNumber = row.optInteger("number");
        Integer q1 = row.optDurationMs("Q1");
        Integer q2 = row.optDurationMs("Q2");
        Integer q3 = row.optDurationMs("Q3");
        return row.build("qualifying result", () -> new QualifyingRow(
                new QualifyingResult(key, driver.id(), constructor.id(), carNumber, position, q1, q2, q3, null, null,
                        null, null),
                driver, constructor));
    }
}
