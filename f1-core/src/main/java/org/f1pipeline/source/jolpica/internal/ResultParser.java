package org.f1pipeline.source.jolpica.internal;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.source.jolpica.ResultRow;

/**
 * Parses {@code results} ({@code Results[]}) and {@code sprint} ({@code SprintResults[]}) pages into
 * {@link ResultRow}s grouped by race (data-sources.md sections 1.7, 1.8). Internal API.
 *
 * <p>Field rules:
 * <ul>
 *   <li>{@code finishPosition} is the number in {@code positionText}; R, D, W, F (and Ergast's N) give null. When
 *       {@code positionText} is absent the row falls back to {@code position}.</li>
 *   <li>{@code grid} "0" is a pit-lane start (Ergast convention). A missing grid is also stored as 0, because the
 *       domain field is not nullable; Ergast itself uses 0 for "no grid slot" on old non-starters.</li>
 *   <li>{@code points} may be fractional ("12.5"); missing points are 0.</li>
 *   <li>{@code status} missing (Jolpica can emit null) is derived from {@code positionText}.</li>
 *   <li>{@code Time.millis} becomes {@code totalTimeMs}. For "Lapped" cars in Jolpica-maintained seasons it is the
 *       elapsed time at their own finish, one or more laps short (section 1.7 quirk), not a gap.</li>
 *   <li>{@code fastestLap} is {@code FastestLap.rank == "1"}; when no row of a race has a rank (2023 sprints) the
 *       row with the quickest {@code FastestLap.Time} is flagged instead ({@link #flagFastestWithoutRanks}).</li>
 *   <li>{@code Driver.driverId}, {@code Constructor.constructorId} and the race's {@code season}/{@code round}
 *       are required: a row without them cannot be stored, so the page is rejected.</li>
 * </ul>
 */
public final class ResultParser {

    private ResultParser() {
    }

    /**
     * The rows of one page, grouped by race in page order.
     *
     * @param page the page envelope ({@code RaceTable})
     * @param type {@link RaceType#GRAND_PRIX} for {@code results}, {@link RaceType#SPRINT} for {@code sprint}
     * @return one group per race on the page
     */
    public static List<RaceGroup<ResultRow>> parse(Envelope page, RaceType type) {
        String listKey = type == RaceType.SPRINT ? "SprintResults" : "Results";
        List<RaceGroup<ResultRow>> out = new ArrayList<>();
        for (Node raceNode : page.table().array("Races")) {
            RaceKey key = CatalogParser.raceKey(raceNode);
            Node race = raceNode.inRace(key);
            List<ResultRow> rows = new ArrayList<>();
            for (Node row : race.optArray(listKey)) {
                rows.add(row(row, key, type));
            }
            out.add(new RaceGroup<>(key, rows));
        }
        return out;
    }

    /** One result row. */
    public static ResultRow row(Node row, RaceKey key, RaceType type) {
        Driver driver = CatalogParser.driver(row.field("Driver"));
        Constructor constructor = CatalogParser.constructor(row.field("Constructor"));
        String positionText = row.has("positionText") ? row.text("positionText") : row.text("position");
        Integer finish = Values.isNumeric(positionText)
                ? row.parse("positionText", positionText, Values::integer) : null;
        Integer grid = row.optInteger("grid");
        Double points = row.optDecimal("points");
        String status = row.optText("status");
        Long millis = row.optField("Time").map(t -> t.optLong("millis")).orElse(null);
        Integer laps = row.optInteger("laps");
        Integer carNumber = row.optInteger("number");
        // Jolpica's "position" is the classification order over every row, retirements included (Ergast's
        // positionOrder); the championship countback ranks unclassified results by it.
        Integer position = row.has("position") && Values.isNumeric(row.text("position"))
                ? row.optInteger("position") : null;
        Integer order = position != null && position >= 1 && position <= 99 ? position : finish;
        Node fastest = row.optField("FastestLap").orElse(null);
        Integer rank = fastest == null ? null : fastest.optInteger("rank");
        Integer fastestMs = fastest == null ? null
                : fastest.optField("Time").map(t -> t.optDurationMs("time")).orElse(null);
        String finalStatus = status != null ? status : statusFromPositionText(positionText);
        return row.build("result", () -> new ResultRow(
                new RaceResult(key, type, driver.id(), constructor.id(), carNumber, finish, positionText,
                        grid == null ? 0 : grid, points == null ? 0.0 : points, finalStatus, millis, laps,
                        rank != null && rank == 1, order),
                driver, constructor, rank, fastestMs));
    }

    /**
     * Flags the fastest lap when a race's rows carry lap times but no ranks (Jolpica omits {@code rank} on some
     * sprints). Must run on the merged group of a race, since its rows can span pages. A tie is left unflagged
     * rather than guessed.
     *
     * @param group all rows of one race
     * @return the group, with one row flagged if ranks were missing and a unique quickest lap exists
     */
    public static RaceGroup<ResultRow> flagFastestWithoutRanks(RaceGroup<ResultRow> group) {
        ResultRow best = null;
        boolean tie = false;
        for (ResultRow r : group.rows()) {
            if (r.fastestLapRank() != null) {
                return group;
            }
            Integer t = r.fastestLapTimeMs();
            if (t == null) {
                continue;
            }
            if (best == null || t < best.fastestLapTimeMs()) {
                best = r;
                tie = false;
            } else if (t.equals(best.fastestLapTimeMs())) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return group;
        }
        List<ResultRow> rows = new ArrayList<>(group.rows().size());
        for (ResultRow r : group.rows()) {
            rows.add(r == best ? r.withFastestLap(true) : r);
        }
        return new RaceGroup<>(group.race(), rows);
    }

    /** A status text for rows that lack one, from what the position text says. */
    public static String statusFromPositionText(String positionText) {
        return switch (positionText) {
            case "R" -> "Retired";
            case "D" -> "Disqualified";
            case "W" -> "Did not start";
            case "F" -> "Did not qualify";
            case "N" -> "Not classified";
            default -> Values.isNumeric(positionText) ? "Finished" : positionText;
        };
    }
}
