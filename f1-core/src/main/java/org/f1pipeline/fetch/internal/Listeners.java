package org.f1pipeline.fetch.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls listener code so that a faulty listener can never fail a fetch. Internal API. */
public final class Listeners {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private Listeners() {
    }

    /** Runs {@code call}, logging and swallowing anything it throws. */
    public static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("FetchListener threw; ignored", e);
        }
    }
}
