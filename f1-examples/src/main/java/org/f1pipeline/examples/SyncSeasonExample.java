package org.f1pipeline.examples;

import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;

/**
 * {@code sync_season}: teams, drivers and the entry list of a season. A driver who changed team mid-season has one
 * entry per team, with the first round driven for it.
 */
public final class SyncSeasonExample {

    private SyncSeasonExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        try (FakeF1Api fake = Examples.startFake();
             Storage storage = Storages.inMemory();
             F1Pipeline pipeline = Examples.pipeline(fake, storage)) {
            Examples.syncSeason(pipeline, Examples.YEAR);
            for (SeasonEntry e : storage.catalog().seasonEntries(Examples.YEAR)) {
                String name = storage.catalog().driver(e.driver()).orElseThrow().fullName();
                System.out.printf("#%-3s %-22s %-16s from round %s%n", e.carNumber(), name, e.constructor(),
                        e.firstRound() == null ? "?" : e.firstRound());
            }
        }
    }
}
