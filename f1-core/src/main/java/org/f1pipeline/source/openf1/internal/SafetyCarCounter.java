package org.f1pipeline.source.openf1.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.source.openf1.OpenF1RaceControl;
import org.f1pipeline.source.openf1.SafetyCarLaps;

/**
 * Reconstructs Safety Car and Virtual Safety Car periods from race-control messages. Internal API.
 *
 * <p>OpenF1's {@code race_control} rows carry the text of each message and the leader's lap, not a track-status
 * code, so periods are rebuilt from the messages race control always sends:
 * <ul>
 *   <li>a Safety Car period opens at {@code SAFETY CAR DEPLOYED} and closes, inclusive, at
 *       {@code SAFETY CAR IN THIS LAP} (the Safety Car leads the field until the end of that lap);</li>
 *   <li>a VSC period opens at {@code VIRTUAL SAFETY CAR DEPLOYED} and closes, inclusive, at
 *       {@code VIRTUAL SAFETY CAR ENDING}, or when a Safety Car is deployed instead;</li>
 *   <li>a red flag or the chequered flag closes any open period at its lap; a period still open when the messages
 *       end closes at the last lap mentioned;</li>
 *   <li>an end message with no open period (e.g. a restart behind the Safety Car after a red flag, announced only
 *       by {@code SAFETY CAR IN THIS LAP}) counts its own lap.</li>
 * </ul>
 * Messages must start with these phrases, so stewards' notes such as "... SAFETY CAR PROCEDURE INFRINGEMENT" or
 * "FORMATION LAP WILL BE STARTED BEHIND THE SAFETY CAR" never open a period. A message without a lap number takes
 * the lap of the message before it.
 */
public final class SafetyCarCounter {

    private final Set<Integer> sc = new TreeSet<>();
    private final Set<Integer> vsc = new TreeSet<>();
    private Integer scStart;
    private Integer vscStart;

    private SafetyCarCounter() {
    }

    /**
     * Counts the laps of one race session.
     *
     * @param messages the session's race-control rows, any order (sorted by date here; undated rows keep their place)
     * @return the SC and VSC laps
     */
    public static SafetyCarLaps count(List<OpenF1RaceControl> messages) {
        List<OpenF1RaceControl> sorted = new ArrayList<>(messages);
        if (sorted.stream().allMatch(m -> m.date() != null)) {
            sorted.sort(Comparator.comparing(OpenF1RaceControl::date));
        }
        SafetyCarCounter c = new SafetyCarCounter();
        int lap = 1;
        for (OpenF1RaceControl m : sorted) {
            lap = m.lapNumber() != null && m.lapNumber() > 0 ? m.lapNumber() : lap;
            c.accept(m, lap);
        }
        c.closeSc(lap);
        c.closeVsc(lap);
        return new SafetyCarLaps(c.sc, c.vsc);
    }

    private void accept(OpenF1RaceControl m, int lap) {
        String text = m.message() == null ? "" : m.message().strip().toUpperCase(Locale.ROOT);
        String flag = m.flag() == null ? "" : m.flag().strip().toUpperCase(Locale.ROOT);
        boolean safetyCarCategory = m.category() == null || m.category().equalsIgnoreCase("SafetyCar");
        if (safetyCarCategory && (text.startsWith("VIRTUAL SAFETY CAR DEPLOYED") || text.startsWith("VSC DEPLOYED"))) {
            vscStart = vscStart == null ? lap : vscStart;
        } else if (safetyCarCategory && (text.startsWith("VIRTUAL SAFETY CAR ENDING")
                || text.startsWith("VSC ENDING"))) {
            vscStart = vscStart == null ? lap : vscStart;
            closeVsc(lap);
        } else if (safetyCarCategory && text.startsWith("SAFETY CAR DEPLOYED")) {
            closeVsc(lap);
            scStart = scStart == null ? lap : scStart;
        } else if (safetyCarCategory && text.startsWith("SAFETY CAR IN THIS LAP")) {
            scStart = scStart == null ? lap : scStart;
            closeSc(lap);
        } else if (flag.equals("RED") || flag.equals("CHEQUERED")
                || (flag.isEmpty() && (text.equals("RED FLAG") || text.equals("CHEQUERED FLAG")))) {
            closeSc(lap);
            closeVsc(lap);
        }
    }

    private void closeSc(int lap) {
        if (scStart != null) {
            addRange(sc, scStart, lap);
            scStart = null;
        }
    }

    private void closeVsc(int lap) {
        if (vscStart != null) {
            addRange(vsc, vscStart, lap);
            vscStart = null;
        }
    }

    private static void addRange(Set<Integer> laps, int from, int to) {
        for (int l = from; l <= Math.max(from, to); l++) {
            laps.add(l);
        }
    }
}
