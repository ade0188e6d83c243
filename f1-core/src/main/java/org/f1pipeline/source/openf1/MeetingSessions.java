package org.f1pipeline.source.openf1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.source.openf1.internal.FetchFailures;

/**
 * Fetches endpoints of one weekend: one query by {@code meeting_key}, falling back to one per session when the
 * weekend query is too big. Lists the weekend's sessions at most once, and only if a fallback needs them.
 * Thread-safe (endpoints of one weekend may run concurrently).
 */
final class MeetingSessions {

    private final OpenF1Client client;
    private final int meetingKey;
    private List<OpenF1Session> sessions;

    MeetingSessions(OpenF1Client client, int meetingKey, List<OpenF1Session> sessions) {
        this.client = client;
        this.meetingKey = meetingKey;
        this.sessions = sessions == null ? null : sessions.stream().filter(s -> s.meetingKey() == meetingKey).toList();
    }

    List<? extends OpenF1Row> rows(OpenF1Endpoint endpoint) {
        try {
            // A too-big weekend answer is not retried: the per-session queries below are the remedy.
            return client.get(endpoint, OpenF1Query.empty().eq("meeting_key", meetingKey), latestEnd(),
                    OpenF1Row.class, true);
        } catch (FetchException e) {
            if (!FetchFailures.tooLarge(e) && !(e instanceof OfflineCacheMissException)) {
                throw e;
            }
            return perSession(endpoint, e);
        }
    }

    private List<OpenF1Row> perSession(OpenF1Endpoint endpoint, FetchException original) {
        List<OpenF1Row> all = new ArrayList<>();
        try {
            for (OpenF1Session s : sessions()) {
                if (s.cancelled() || !appliesTo(endpoint, s)) {
                    continue;
                }
                all.addAll(client.get(endpoint, OpenF1Query.empty().eq("session_key", s.sessionKey()), s.end(),
                        OpenF1Row.class));
            }
        } catch (OfflineCacheMissException miss) {
            // Offline, the weekend query is the one an online run would fetch first: report that URL.
            throw original instanceof OfflineCacheMissException ? original : miss;
        }
        return all;
    }

    private synchronized List<OpenF1Session> sessions() {
        if (sessions == null) {
            sessions = client.sessionsOfMeeting(meetingKey);
        }
        return sessions;
    }

    /** The end of the weekend's last session, so a finished weekend's answer can be cached for good. */
    private synchronized Instant latestEnd() {
        if (sessions == null) {
            return null;
        }
        // A cancelled session never ends; it must not keep the weekend's answer from being immutable.
        List<OpenF1Session> held = sessions.stream().filter(s -> !s.cancelled()).toList();
        if (held.isEmpty() || held.stream().anyMatch(s -> s.end() == null)) {
            return null;
        }
        return held.stream().map(OpenF1Session::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Race-only endpoints are not asked for practice and qualifying sessions (saves requests in a fallback). */
    private static boolean appliesTo(OpenF1Endpoint endpoint, OpenF1Session s) {
        boolean raceOnly = endpoint == OpenF1Endpoint.INTERVALS || endpoint == OpenF1Endpoint.OVERTAKES;
        return !raceOnly || s.type() == null || "Race".equalsIgnoreCase(s.type());
    }
}
