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
    REPEATED_PAGE
}
