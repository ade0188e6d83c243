/**
 * Implementations behind the {@code org.f1pipeline.fetch} API: the HTTP fetcher, the rate-limit, retry and cache
 * decorators, the token-bucket limiter, the disk cache and the parallel executor. Internal API: may change without
 * notice; use the factories in {@code org.f1pipeline.fetch}.
 */
package org.f1pipeline.fetch.internal;
