package org.f1pipeline.source.openf1;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The laps of a race run under the Safety Car and under the Virtual Safety Car, as derived from race-control
 * messages by {@link OpenF1Derivations#safetyCarLaps}. A lap can be in both sets (a VSC turned into a Safety Car).
 *
 * @param safetyCar        lap numbers (leader's laps) with the Safety Car out, ascending
 * @param virtualSafetyCar lap numbers with the Virtual Safety Car active, ascending
 */
public record SafetyCarLaps(Set<Integer> safetyCar, Set<Integer> virtualSafetyCar) {

    /** Copies both sets into sorted, unmodifiable sets. */
    public SafetyCarLaps {
        safetyCar = Collections.unmodifiableSet(new TreeSet<>(safetyCar));
        virtualSafetyCar = Collections.unmodifiableSet(new TreeSet<>(virtualSafetyCar));
    }

    /** Number of distinct laps under the Safety Car. */
    public int safetyCarLapCount() {
        return safetyCar.size();
    }

    /** Number of distinct laps under the Virtual Safety Car. */
    public int virtualSafetyCarLapCount() {
        return virtualSafetyCar.size();
    }
}
