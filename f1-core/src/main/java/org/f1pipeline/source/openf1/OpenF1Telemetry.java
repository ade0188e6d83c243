package org.f1pipeline.source.openf1;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.source.openf1.internal.FetchFailures;

/**
 * Fetches high-frequency telemetry in date windows. OpenF1 cannot return a whole session of {@code car_data} in
 * one answer (issues #73, #96), so a range is cut into fixed windows, and a window the server still rejects as too
 * big is halved until it fits or reaches the minimum.
 */
final class OpenF1Telemetry {

    private final OpenF1Client client;
    private final Duration window;
    private final Duration minWindow;

    OpenF1Telemetry(OpenF1Client client, Duration window, Duration minWindow) {
        this.client = client;
        this.window = window;
        this.minWindow = minWindow;
    }

    <T> List<T> fetch(OpenF1Endpoint endpoint, Class<T> type, OpenF1Session session, int driverNumber,
                      Instant from, Instant to) {
        Objects.requireNonNull(session, "session must not be null");
        Instant start = from != null ? from : session.start();
        Instant end = to != null ? to : session.end();
        if (start == null || end == null) {
            throw new InvalidInputException("session", "session " + session.sessionKey()
                    + " has no start/end time; pass an explicit window");
        }
        if (!start.isBefore(end)) {
            throw new InvalidInputException("window", "window start " + start + " must be before end " + end);
        }
        List<T> out = new ArrayList<>();
        for (Instant a = start; a.isBefore(end); a = a.plus(window)) {
            Instant b = a.plus(window).isAfter(end) ? end : a.plus(window);
            fetchWindow(endpoint, type, session, driverNumber, a, b, out);
        }
        return out;
    }

    private <T> void fetchWindow(OpenF1Endpoint endpoint, Class<T> type, OpenF1Session session, int driverNumber,
                                 Instant a, Instant b, List<T> out) {
        OpenF1Query query = OpenF1Query.empty().eq("session_key", session.sessionKey())
                .eq("driver_number", driverNumber).ge("date", a).lt("date", b);
        Duration half = Duration.between(a, b).dividedBy(2);
        boolean canHalve = half.compareTo(minWindow) >= 0;
        try {
            // A window that can still be halved is not retried when too big: halving it is the remedy.
            out.addAll(client.get(endpoint, query, session.end(), type, canHalve));
        } catch (FetchException e) {
            if (!FetchFailures.tooLarge(e) || !canHalve) {
                throw e;
            }
            Instant mid = a.plus(half);
            fetchWindow(endpoint, type, session, driverNumber, a, mid, out);
            fetchWindow(endpoint, type, session, driverNumber, mid, b, out);
        }
    }
}
