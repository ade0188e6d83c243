package org.f1pipeline.bootstrap;

/** Progress of {@code F1Pipeline.bootstrap}: the dump in hand, then one call per season, in order. */
public interface BootstrapListener {

    /** Ignores everything. */
    BootstrapListener NONE = new BootstrapListener() {
    };

    /**
     * The dump is read and its seasons are about to be written.
     *
     * @param source  the file or URL it came from
     * @param cached  true when a cached copy was used (no download)
     * @param seasons the seasons to write
     */
    default void onDump(String source, boolean cached, int seasons) {
    }

    /** One season is done (committed) or was already stored. */
    default void onSeason(BootstrapSeason season) {
    }
}
