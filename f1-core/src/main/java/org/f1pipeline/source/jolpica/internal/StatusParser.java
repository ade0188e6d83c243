package org.f1pipeline.source.jolpica.internal;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.source.jolpica.StatusCount;

/**
 * Parses {@code status} pages ({@code StatusTable.Status[] {statusId, count, status}}). {@code status} and
 * {@code count} are required; {@code statusId} can be missing for a text Jolpica has no Ergast id for. Internal API.
 */
public final class StatusParser {

    private StatusParser() {
    }

    /**
     * The status lines of one page.
     *
     * @param page the page envelope ({@code StatusTable})
     * @return the lines in server order (by count, descending)
     */
    public static List<StatusCount> parse(Envelope page) {
        List<StatusCount> out = new ArrayList<>();
        for (Node s : page.table().array("Status")) {
            Integer id = s.optInteger("statusId");
            String text = s.text("status");
            int count = s.integer("count");
            out.add(s.build("status", () -> new StatusCount(id, text, count)));
        }
        return out;
    }
}
