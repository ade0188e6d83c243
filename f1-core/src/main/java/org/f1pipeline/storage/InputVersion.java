package org.f1pipeline.storage;

import java.util.Objects;
import org.f1pipeline.domain.RaceKey;

/**
 * The last recorded write of one input of one race.
 *
 * @param race    the race written
 * @param kind    what was written
 * @param digest  a content digest of the complete set written ({@link InputStore#UNKNOWN_DIGEST} after a partial
 *                upsert, whose complete set the store did not see)
 * @param version the input version the write got: a number from one counter per database, increased by every write
 *                that changed an input, so a greater version is a later change. A season's input version is the
 *                greatest version of its races ({@link InputStore#seasonVersions}).
 */
public record InputVersion(RaceKey race, InputKind kind, long digest, long version) {

    public InputVersion {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(kind, "kind");
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive, was " + version);
        }
    }
}
