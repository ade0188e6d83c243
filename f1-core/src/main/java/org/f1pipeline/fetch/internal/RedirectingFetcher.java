package org.f1pipeline.fetch.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.RedirectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost layer: follows the redirects that stay on the request's host, each hop a request of its own
 * through the rest of the stack (cache, retries, the host's rate limiter), so no request ever leaves without a
 * permit and nothing is fetched behind the limiter's back (D78). A hop keeps the request's source, endpoint,
 * headers, credentials and cache mode; the redirecting answer itself is never cached, the target may be (under its
 * own URL, as any request). Same host means the same host name and port, or the upgrade from {@code http} on port
 * 80 to {@code https} on 443. Everything else reaches the caller as a {@link RedirectException}: a redirect to
 * another host (followable: the caller decides whether that host is acceptable and under which source and limits),
 * and, not followable, a redirect without a usable {@code Location}, a downgrade from https to http, a loop, or
 * more than {@link RedirectException#MAX_HOPS} hops, each naming the URLs involved. Attempts add up over the hops.
 * Internal API.
 */
public final class RedirectingFetcher implements Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(RedirectingFetcher.class);

    private final Fetcher delegate;

    /**
     * Creates the decorator.
     *
     * @param delegate the rest of the stack (cache, retries, limiter, HTTP)
     */
    public RedirectingFetcher(Fetcher delegate) {
        this.delegate = delegate;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        return follow(request, r -> {
            FetchResponse response = delegate.fetch(r);
            // A transport that returns redirects as responses (instead of throwing) gets the same treatment.
            if (RedirectException.isRedirect(response.status())) {
                throw RedirectException.of(r.uri(), response.status(), response.attempts(),
                        response.header("Location").orElse(null));
            }
            return response;
        }, FetchResponse::attempts, FetchResponse::withAttempts);
    }

    @Override
    public <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        return follow(request, r -> delegate.fetch(r, parser), Parsed::attempts, Parsed::withAttempts);
    }

    private <R> R follow(FetchRequest request, Function<FetchRequest, R> send, ToIntFunction<R> attemptsOf,
                         BiFunction<R, Integer, R> withAttempts) {
        List<URI> chain = new ArrayList<>(List.of(request.uri()));
        FetchRequest current = request;
        int spent = 0;
        while (true) {
            RedirectException redirect;
            try {
                R result = send.apply(current);
                return spent == 0 ? result : withAttempts.apply(result, spent + attemptsOf.applyAsInt(result));
            } catch (RedirectException e) {
                redirect = e;
            } catch (FetchException e) {
                throw spent == 0 ? e : e.withAttempts(spent + e.attempts());
            }
            spent += redirect.attempts();
            int status = redirect.status();
            URI from = current.uri();
            URI target = redirect.location().orElse(null);
            if (target == null) {
                throw new RedirectException(from, status, spent, null, false, redirect.detail() + via(chain));
            }
            if (isDowngrade(from, target)) {
                throw fail(request, status, spent, target, "HTTP " + status + " redirect from https to http, not"
                        + " followed: " + path(chain, target));
            }
            if (!sameHost(from, target)) {
                throw new RedirectException(from, status, spent, target, true, "HTTP " + status + " redirect to"
                        + " another host, not followed by the fetch layer (the caller may follow it under that"
                        + " host's own limits): " + path(chain, target));
            }
            if (chain.stream().anyMatch(u -> sameUrl(u, target))) {
                throw fail(request, status, spent, target, "redirect loop: " + path(chain, target));
            }
            if (chain.size() > RedirectException.MAX_HOPS) {
                throw fail(request, status, spent, target, "more than " + RedirectException.MAX_HOPS
                        + " redirects: " + path(chain, target));
            }
            URI next = withUserInfoOf(from, target);
            LOG.debug("Following HTTP {} redirect of {}: {} -> {}", status, request.endpoint(), Redaction.uri(from),
                    Redaction.uri(next));
            chain.add(next);
            current = new FetchRequest(next, current.source(), current.endpoint(), current.sessionEnd(),
                    current.headers(), current.cacheMode(), current.failFastWhenTooBig());
        }
    }

    private static RedirectException fail(FetchRequest request, int status, int attempts, URI target,
                                          String detail) {
        return new RedirectException(request.uri(), status, attempts, target, false, detail);
    }

    /** Same host name, and the same port or the http:80 → https:443 upgrade. */
    static boolean sameHost(URI from, URI to) {
        if (from.getHost() == null || to.getHost() == null
                || !from.getHost().toLowerCase(Locale.ROOT).equals(to.getHost().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int a = port(from);
        int b = port(to);
        return a == b || (isScheme(from, "http") && a == 80 && isScheme(to, "https") && b == 443);
    }

    private static boolean isDowngrade(URI from, URI to) {
        return isScheme(from, "https") && isScheme(to, "http");
    }

    private static boolean isScheme(URI u, String scheme) {
        return scheme.equalsIgnoreCase(u.getScheme());
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : isScheme(u, "https") ? 443 : 80;
    }

    private static boolean sameUrl(URI a, URI b) {
        return Redaction.withoutUserInfo(a).normalize().equals(Redaction.withoutUserInfo(b).normalize());
    }

    /** A same-host hop keeps the credentials of the URL it came from, as the request's headers. */
    private static URI withUserInfoOf(URI from, URI target) {
        if (!Redaction.hasUserInfo(from) || Redaction.hasUserInfo(target)) {
            return target;
        }
        String s = target.toString();
        int start = s.indexOf("://") + 3;
        return URI.create(s.substring(0, start) + from.getRawUserInfo() + "@" + s.substring(start));
    }

    private static String path(List<URI> chain, URI target) {
        return chain.stream().map(URI::toString).collect(Collectors.joining(" -> ")) + " -> " + target;
    }

    private static String via(List<URI> chain) {
        return chain.size() == 1 ? "" : " (reached by " + (chain.size() - 1) + " redirect(s) from " + chain.get(0)
                + ")";
    }
}
