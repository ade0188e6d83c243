package org.f1pipeline.source.openf1.internal;

import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.RetryPolicy;

/** Tells which fetch failures mean "this query is too big; ask for less". Internal API. */
public final class FetchFailures {

    private FetchFailures() {
    }

    /**
     * Whether a smaller query could succeed where {@code e} failed: the body hit the size cap, the server timed out
     * or crashed on the query (OpenF1 answers a too-expensive query with an HTML 500 or a gateway 502/504), or the
     * client timed out. Rate limiting, the live-session refusal and other 4xx are not: a smaller query gets the
     * same answer. The rule lives in {@link RetryPolicy#isTooBig}, so that the fetch layer does not retry what the
     * client will split anyway.
     *
     * @param e the failure
     * @return true when splitting the query is worth a try
     */
    public static boolean tooLarge(FetchException e) {
        return RetryPolicy.isTooBig(e);
    }
}
