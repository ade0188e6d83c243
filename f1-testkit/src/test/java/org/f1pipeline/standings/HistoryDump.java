package org.f1pipeline.standings;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.f1pipeline.testkit.history.ErgastHistory;

/** Development aid: writes every computed table of 1950-2013 as CSV (season,round,kind,position,text,id,points,wins). */
final class HistoryDump {
    public static void main(String[] args) throws Exception {
        ErgastHistory h = ErgastHistory.load(ErgastHistory.locate().orElseThrow());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (int y = 1950; y <= 2013; y++) {
                HistoryRounds.tables(h, y).forEach((round, byKind) -> byKind.forEach((kind, rows) -> rows.forEach(s ->
                        out.println(s.season() + "," + s.round() + "," + kind.wireName() + "," + s.position() + ","
                                + s.positionText() + "," + (s.driver() != null ? s.driver().value()
                                : s.constructor().value()) + "," + s.points() + "," + s.wins()))));
            }
        }
    }
}
