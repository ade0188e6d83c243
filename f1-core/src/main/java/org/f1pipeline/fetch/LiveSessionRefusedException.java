package org.f1pipeline.fetch;

import java.net.URI;

/**
 * OpenF1 refused an unauthenticated request because a session is live: while a session runs, the hosted API
 * answers 401 with {@code {"detail":"Session in progress, access is restricted to authenticated users. ..."}} even
 * for historical data. Retrying right away cannot help, so this is never retried; try again after the session (or
 * authenticate). The server's message is kept in {@link #serverDetail()}.
 */
public class LiveSessionRefusedException extends HttpStatusException {

    private final String serverDetail;

    /**
     * Creates the exception.
     *
     * @param uri          the URL requested
     * @param status       the status received (401 or 403)
     * @param attempts     how many requests were sent (always 1 in practice)
     * @param serverDetail the {@code detail} text of the body
     */
    public LiveSessionRefusedException(URI uri, int status, int attempts, String serverDetail) {
        this(uri, status, attempts, serverDetail, null);
    }

    private LiveSessionRefusedException(URI uri, int status, int attempts, String serverDetail, Throwable cause) {
        super(uri, status, attempts, serverDetail, null,
                "refused during a live session (authentication required; retry after the session): "
                        + serverDetail, cause);
        this.serverDetail = serverDetail;
    }

    /** The server's {@code detail} message. */
    public String serverDetail() {
        return serverDetail;
    }

    @Override
    public LiveSessionRefusedException withAttempts(int attempts) {
        return new LiveSessionRefusedException(uri(), status(), attempts, serverDetail, this);
    }
}
