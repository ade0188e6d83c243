package org.f1pipeline.fetch;

/** How one request uses the response cache. */
public enum CacheMode {
    /** Serve a fresh (or immutable) cached copy if there is one, otherwise fetch and store. The default. */
    USE,
    /**
     * Fetch even if a cached copy is fresh, then store the result; for re-checking data a source may have corrected
     * (OpenF1 re-ingests missing laps). Offline mode still serves the cached copy.
     */
    REFRESH,
    /** Neither read nor write the cache (live or volatile data). */
    BYPASS
}
