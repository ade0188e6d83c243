package org.f1pipeline.testkit.fake;

/** The faults {@link FaultSwitches} can inject. */
public enum FaultKind {
    /** 429 from the per-API rate limiter. */
    RATE_LIMITED,
    /** 429 from a "refuse every k-th request" storm. */
    STORM,
    /** A 5xx status (500/502/503/504) with the API's error body. */
    SERVER_ERROR,
    /** Correct response, but only after a delay longer than any sane client timeout. */
    TIMEOUT,
    /** 200 with the body cut in half. */
    TRUNCATED_BODY,
    /** 200 with a body that is not valid JSON. */
    MALFORMED_JSON,
    /** An HTML error page (Cloudflare / proxy style) instead of JSON. */
    HTML_ERROR,
    /** The connection is reset without a response. */
    CONNECTION_RESET,
    /** OpenF1's 401 "Session in progress, access is restricted to authenticated users" refusal. */
    LIVE_SESSION,
    /**
     * 200 with the first page of the same query whatever {@code offset} was asked (the query's other parameters
     * kept): a proxy or cache that ignores the offset. The page echoes {@code "offset":"0"}.
     */
    REPEATED_PAGE,
    /** 200 with the full-length body but some bytes changed (a corrupted download: its SHA-256 no longer matches). */
    CORRUPTED_BODY,
    /** The dump listing with an empty {@code delayed_dumps} object (no free dump on offer). */
    NO_DELAYED_DUMPS,
    /** The delayed-dump download answers 302 back to itself, forever. */
    REDIRECT_LOOP,
    /** The delayed-dump download answers 302 without a {@code Location} header. */
    MISSING_LOCATION
}
