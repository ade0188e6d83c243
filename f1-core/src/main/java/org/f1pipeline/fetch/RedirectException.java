package org.f1pipeline.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The server answered with a redirect (301, 302, 303, 307 or 308) that the fetch layer did not follow. The library
 * never lets {@code java.net.http} follow redirects on its own: the HTTP layer hands every redirect back as this
 * exception, and the library's fetcher ({@link Fetchers#builder()}) follows those that stay on the same host
 * (http to https included), each hop a request of its own through the cache, the retries and that host's rate
 * limiter, up to {@value #MAX_HOPS} hops. What reaches a caller is one of two cases:
 * <ul>
 *   <li>{@link #followable()}: a redirect to <em>another host</em> (for example Jolpica's dump download to a
 *       presigned URL on an object store). {@link #location()} is where it points; a caller that accepts that host
 *       follows it with a request of its own (its own source, limits and cache policy), or treats it as a failure;</li>
 *   <li>not followable: a redirect without a usable {@code Location}, a loop, too many hops, or a downgrade from
 *       https to http. The message names the URLs involved.</li>
 * </ul>
 * Never retried (the server would answer the same), never cached.
 */
public class RedirectException extends HttpStatusException {

    /** The most redirects the library's fetcher follows for one request before it gives up. */
    public static final int MAX_HOPS = 5;

    private final URI location;
    private final boolean followable;

    /**
     * Creates the exception.
     *
     * @param uri        the URL that answered with the redirect (or the first URL of a failed chain)
     * @param status     the redirect status
     * @param attempts   requests sent, every hop included
     * @param location   where the redirect points, resolved against {@code uri}; null when there is none usable
     * @param followable whether a caller may follow it (see the class comment)
     * @param detail     what happened, naming the URLs
     */
    public RedirectException(URI uri, int status, int attempts, URI location, boolean followable, String detail) {
        this(uri, status, attempts, location, followable, detail, null);
    }

    private RedirectException(URI uri, int status, int attempts, URI location, boolean followable, String detail,
                              Throwable cause) {
        super(uri, status, attempts, "", null, detail, cause);
        this.location = location;
        this.followable = followable && location != null;
    }

    /**
     * The redirect an HTTP layer received, before any policy: followable when its {@code Location} header is an
     * absolute or relative http(s) URL.
     *
     * @param uri            the URL requested
     * @param status         the redirect status ({@link #isRedirect(int)})
     * @param attempts       requests sent
     * @param locationHeader the {@code Location} header as received, or null
     * @return the exception
     */
    public static RedirectException of(URI uri, int status, int attempts, String locationHeader) {
        if (locationHeader == null || locationHeader.isBlank()) {
            return new RedirectException(uri, status, attempts, null, false, "HTTP " + status
                    + " redirect without a Location header");
        }
        URI target = resolve(uri, locationHeader.trim());
        if (target == null) {
            return new RedirectException(uri, status, attempts, null, false, "HTTP " + status
                    + " redirect to an unusable Location '" + clip(locationHeader.trim()) + "'");
        }
        return new RedirectException(uri, status, attempts, target, true, "HTTP " + status + " redirect to "
                + target + " (not followed)");
    }

    /** Whether {@code status} is a redirect the library recognises: 301, 302, 303, 307 or 308. */
    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where the redirect points (absolute), when it had a usable {@code Location}. */
    public Optional<URI> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Whether a caller may follow it: a well-formed redirect that the fetch layer handed back (another host), as
     * opposed to a loop, too many hops, a downgrade to http or a missing {@code Location}.
     */
    public boolean followable() {
        return followable;
    }

    @Override
    public RedirectException withAttempts(int attempts) {
        return new RedirectException(uri(), status(), attempts, location, followable, detail(), this);
    }

    private static URI resolve(URI base, String location) {
        try {
            URI target = base.resolve(new URI(location));
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && target.getHost() != null ? target : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
