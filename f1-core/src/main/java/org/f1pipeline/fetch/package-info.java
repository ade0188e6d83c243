/**
 * The fetch layer: every HTTP read of the library goes through a {@link org.f1pipeline.fetch.Fetcher}.
 *
 * <p>{@link org.f1pipeline.fetch.Fetchers#builder()} composes a disk {@link org.f1pipeline.fetch.ResponseCache},
 * retries ({@link org.f1pipeline.fetch.RetryPolicy}, {@link org.f1pipeline.fetch.Backoff}), one exact multi-window
 * {@link org.f1pipeline.fetch.RateLimiter} per host ({@link org.f1pipeline.fetch.RateLimitConfig}) and
 * {@code java.net.http}, which never follows a redirect by itself: same-host redirects are followed hop by hop
 * through every layer, others are handed back as {@link org.f1pipeline.fetch.RedirectException}. {@link org.f1pipeline.fetch.ParallelExecutor} runs {@link org.f1pipeline.fetch.EndpointPlan}s
 * on the guide's {@code max_workers} threads. Settings live in {@link org.f1pipeline.fetch.FetchConfig} (which also
 * reads the guide's {@code api.*} keys); time is injected through {@link java.time.Clock},
 * {@link org.f1pipeline.fetch.Ticker} and {@link org.f1pipeline.fetch.Sleeper}. Failures are
 * {@link org.f1pipeline.fetch.FetchException} and its subclasses, or
 * {@link org.f1pipeline.fetch.SourceFormatException} for unreadable bodies. Design notes: {@code docs/fetching.md}.
 */
package org.f1pipeline.fetch;
