package org.f1pipeline.source.livetiming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weekend-relative compound names. Since 2019 the feed already names the three dry compounds of a weekend SOFT,
 * MEDIUM and HARD (whatever Pirelli's C1-C5 behind them), which is what the model's long-run and circuit features
 * expect. 2018 used the absolute ladder HYPERSOFT, ULTRASOFT, SUPERSOFT, SOFT, MEDIUM, HARD, SUPERHARD, with three of
 * them nominated per weekend: the softest nominated becomes SOFT, the middle MEDIUM, the hardest HARD. The original
 * name is kept next to it ({@link ArchiveLap#compoundName()}).
 *
 * <p>The nominated three are the dry compounds seen over every session of the weekend that was read. When fewer than
 * three were seen, the three are taken as the consecutive ladder steps starting at the softest seen (2018's
 * nominations were consecutive steps); when more than three were seen (a test set), the three used on the most laps
 * are the nomination and the others map to null.
 */
public final class Compounds {

    /** 2018's ladder, softest first. */
    public static final List<String> LADDER_2018 = List.of("HYPERSOFT", "ULTRASOFT", "SUPERSOFT", "SOFT", "MEDIUM",
            "HARD", "SUPERHARD");
    /** Wet-weather compounds, kept as they are. */
    public static final Set<String> WET = Set.of("INTERMEDIATE", "WET");
    private static final List<String> RELATIVE = List.of("SOFT", "MEDIUM", "HARD");

    private Compounds() {
    }

    /**
     * The weekend-relative name for each compound name seen that weekend.
     *
     * @param year  the season (only 2018 and earlier use the absolute ladder)
     * @param usage compound name (upper case) to laps driven on it over the weekend's sessions read
     * @return relative name by original name; wet compounds map to themselves, unknown names are absent
     */
    public static Map<String, String> weekendRelative(int year, Map<String, Integer> usage) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : WET) {
            if (usage.containsKey(w)) {
                out.put(w, w);
            }
        }
        if (year >= 2019) {
            for (String r : RELATIVE) {
                if (usage.containsKey(r)) {
                    out.put(r, r);
                }
            }
            return out;
        }
        List<String> dry = new ArrayList<>(usage.keySet().stream().filter(LADDER_2018::contains).toList());
        if (dry.size() > 3) {
            dry.sort((a, b) -> Integer.compare(usage.get(b), usage.get(a)));
            dry = new ArrayList<>(dry.subList(0, 3));
        }
        dry.sort((a, b) -> Integer.compare(LADDER_2018.indexOf(a), LADDER_2018.indexOf(b)));
        if (dry.isEmpty()) {
            return out;
        }
        List<String> nominated = new ArrayList<>(dry);
        if (nominated.size() < 3) {
            int softest = LADDER_2018.indexOf(dry.get(0));
            int from = Math.min(softest, LADDER_2018.size() - 3);
            nominated = new ArrayList<>(LADDER_2018.subList(from, from + 3));
            if (!nominated.containsAll(dry)) {
                nominated = dry;
            }
        }
        for (String d : dry) {
            int i = nominated.indexOf(d);
            out.put(d, nominated.size() == 3 ? RELATIVE.get(i) : RELATIVE.get(Math.min(i, 2)));
        }
        return out;
    }

    /** Convenience: the relative names for the laps' compound names of one weekend. */
    public static Map<String, String> weekendRelative(int year, Collection<ArchiveLap> laps) {
        Map<String, Integer> usage = new LinkedHashMap<>();
        for (ArchiveLap l : laps) {
            if (l.compoundName() != null) {
                usage.merge(l.compoundName(), 1, Integer::sum);
            }
        }
        return weekendRelative(year, usage);
    }
}
