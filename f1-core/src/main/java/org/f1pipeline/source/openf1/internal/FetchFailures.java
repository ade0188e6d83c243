package org.f1pipeline.source.openf1.internal;

import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import org.f1pipeline.fetch.BodyTooLargeException;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.fetch.RateLimitedException;

/** Tells which fetch failures mean "this query is too big; ask for less". Internal API. */
public final class FetchFailures {

    private FetchFailures() {
    }

    /**
     * Whether a smaller query could succeed where {@code e} failed: the body hit the size cap, the server timed out
     * or crashed on the query (OpenF1 answers a too-expensive query with an HTML 500 or a gateway 502/504), or the
     * client timed out. Rate limiting, the live-session refusal and other 4xx are not: a smaller query gets the
     * same answer.
     *
     * @param e the failure
     * @return true when splitting the query is worth a try
     */
    public static boolean tooLarge(FetchException e) {
        if (e instanceof BodyTooLargeException) {
            return true;
        }
        if (e instanceof RateLimitedException || e instanceof LiveSessionRefusedException
                || e instanceof OfflineCacheMissException) {
            return false;
        }
        if (e instanceof HttpStatusException) {
            int s = e.status();
            return s == 500 || s == 502 || s == 504;
        }
        return e.status() == FetchException.NO_STATUS && causedByTimeout(e);
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
                return true;
            }
        }
        return false;
    }
}
