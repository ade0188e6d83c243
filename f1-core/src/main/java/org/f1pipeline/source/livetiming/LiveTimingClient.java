package org.f1pipeline.source.livetiming;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.source.livetiming.internal.ArchiveIndex;
import org.f1pipeline.source.livetiming.internal.SessionBuilder;
import org.f1pipeline.source.livetiming.internal.StreamFormat;
import org.f1pipeline.source.livetiming.internal.StreamRecord;

/**
 * Reads the F1 live-timing static archive (spec section 3) through the pipeline's {@link Fetcher}, so the archive
 * shares the rate limiter (default 4/s and 500/h), retries, response cache and offline mode of the other sources.
 *
 * <p>Sessions are found in the season {@code Index.json} when the archive has one, else by FastF1's path derivation.
 * Only the topics asked for are fetched ({@link LiveTimingTopic#raceTopics()}: 8 files for a race); telemetry never
 * unless asked. Every request carries the session's end, so the cache keeps a long-finished session's files forever.
 * Any 4xx (S3 answers 403 for a missing file, old GCS 404) means "unavailable": the topic is reported missing, never
 * a crash. A configured mirror (e.g. FastF1's community mirror {@code https://livetiming-mirror.fastf1.dev/static/})
 * is asked for any file the primary refuses or fails to serve. Parsing happens inside the fetch, so a file that does
 * not parse is never cached.
 */
public final class LiveTimingClient {

    /** Default cap on the inflated size of one {@code .z} payload. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 64L << 20;

    private final Fetcher fetcher;
    private final URI base;
    private final URI mirror;
    private final long maxInflated;

    private LiveTimingClient(Builder b) {
        this.fetcher = b.fetcher;
        this.base = b.base;
        this.mirror = b.mirror;
        this.maxInflated = b.maxInflated;
    }

    /** A builder over {@code fetcher}, pointed at the real archive, without a mirror. */
    public static Builder builder(Fetcher fetcher) {
        return new Builder(fetcher);
    }

    /**
     * The sessions of a season's {@code Index.json}, or empty when the archive has no index for that year (older
     * seasons, any 4xx).
     */
    public Optional<List<ArchiveSession>> seasonIndex(int year) {
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String path = year + "/Index.json";
        return get(path, "Index.json", end, body -> ArchiveIndex.parse(body.uri(), year,
                StreamFormat.document(body.uri(), body.stream().readAllBytes()))).map(Parsed::value);
    }

    /**
     * A session of a weekend: from the season index when there is one (meeting by name, else by a race session
     * within a day of {@code raceDate}), else derived from the names and dates.
     *
     * @param year       the season
     * @param eventName  the event as the archive names it (Jolpica's race name, e.g. {@code British Grand Prix})
     * @param raceDate   the race day
     * @param type       the session wanted
     * @param start      the session's scheduled start (UTC), or null when unknown
     * @return the session, or empty when the index lists the weekend without that session
     */
    public Optional<ArchiveSession> findSession(int year, String eventName, LocalDate raceDate, SessionType type,
                                                Instant start) {
        Optional<List<ArchiveSession>> index = seasonIndex(year);
        if (index.isPresent()) {
            return pick(index.get(), eventName, raceDate, type);
        }
        Instant s = start != null ? start : raceDate.atTime(12, 0).toInstant(ZoneOffset.UTC);
        LocalDateTime local = LocalDateTime.ofInstant(s, ZoneOffset.UTC);
        return Optional.of(new ArchiveSession(year, 0, eventName, type, ArchiveIndex.sessionName(year, type), local,
                local.plusHours(type == SessionType.RACE ? 3 : 2), ZoneOffset.UTC,
                ArchiveIndex.derivePath(year, eventName, raceDate, local.toLocalDate(), type)));
    }

    /** The session of {@code type} of the weekend named {@code eventName} (or racing on {@code raceDate}). */
    public static Optional<ArchiveSession> pick(List<ArchiveSession> index, String eventName, LocalDate raceDate,
                                        SessionType type) {
        String wanted = norm(eventName);
        List<String> byName = index.stream().filter(s -> norm(s.meetingName()).equals(wanted))
                .map(ArchiveSession::path).map(LiveTimingClient::meetingFolder).distinct().toList();
        String folder = byName.size() == 1 ? byName.get(0) : index.stream()
                .filter(s -> s.type() == SessionType.RACE)
                .filter(s -> Math.abs(s.localStart().toLocalDate().toEpochDay() - raceDate.toEpochDay()) <= 1)
                .min(Comparator.comparingLong(s -> Math.abs(s.localStart().toLocalDate().toEpochDay()
                        - raceDate.toEpochDay())))
                .map(s -> meetingFolder(s.path())).orElse(null);
        if (folder == null) {
            return Optional.empty();
        }
        return index.stream().filter(s -> meetingFolder(s.path()).equals(folder) && s.type() == type).findFirst();
    }

    private static String meetingFolder(String path) {
        int first = path.indexOf('/');
        int second = path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Fetches and builds one session from the topics asked for. Topics the archive does not have (any 4xx) are
     * listed in {@link LiveTimingSession#missingTopics()}; the builder works with what is there.
     *
     * @param session the session
     * @param topics  the topics to read (see {@link LiveTimingTopic#raceTopics()})
     * @return the session's drivers, laps, qualifying bests, weather, track status and race control
     */
    public LiveTimingSession load(ArchiveSession session, Set<LiveTimingTopic> topics) {
        Checks.notNull(session, "session");
        Map<LiveTimingTopic, List<StreamRecord>> records = new EnumMap<>(LiveTimingTopic.class);
        Set<LiveTimingTopic> missing = EnumSet.noneOf(LiveTimingTopic.class);
        int requests = 0;
        long bytes = 0;
        for (LiveTimingTopic t : topics) {
            requests++;
            Optional<Parsed<List<StreamRecord>>> p = get(session.path() + t.fileName() + ".jsonStream",
                    t.fileName() + ".jsonStream", session.end(), body -> StreamFormat.records(body.uri(),
                            body.stream().readAllBytes(), t.compressed(), maxInflated));
            if (p.isPresent()) {
                records.put(t, p.get().value());
                bytes += p.get().bytes();
            } else {
                missing.add(t);
            }
        }
        return SessionBuilder.build(session, records, missing, requests, bytes);
    }

    private <T> Optional<Parsed<T>> get(String path, String endpoint, Instant end, BodyParser<T> parser) {
        URI primary = base.resolve(ArchiveIndex.encode(path));
        try {
            return Optional.of(fetcher.fetch(request(primary, endpoint, end), parser));
        } catch (OfflineCacheMissException e) {
            throw e;
        } catch (FetchException e) {
            boolean unavailable = e.status() >= 400 && e.status() < 500 && e.status() != 429;
            if (mirror != null) {
                try {
                    return Optional.of(fetcher.fetch(request(mirror.resolve(ArchiveIndex.encode(path)), endpoint,
                            end), parser));
                } catch (OfflineCacheMissException m) {
                    throw m;
                } catch (FetchException m) {
                    boolean mirrorUnavailable = m.status() >= 400 && m.status() < 500 && m.status() != 429;
                    if (unavailable && mirrorUnavailable) {
                        return Optional.empty();
                    }
                    throw unavailable ? m : e;
                }
            }
            if (unavailable) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static FetchRequest request(URI uri, String endpoint, Instant end) {
        return FetchRequest.of(SourceConfig.LIVETIMING, endpoint, uri).withSessionEnd(end);
    }

    /** Builder for {@link LiveTimingClient}. */
    public static final class Builder {
        private final Fetcher fetcher;
        private URI base = SourceConfig.liveTiming().baseUrl();
        private URI mirror;
        private long maxInflated = DEFAULT_MAX_INFLATED_BYTES;

        private Builder(Fetcher fetcher) {
            this.fetcher = Checks.notNull(fetcher, "fetcher");
        }

        /** The archive's base URL, the folder holding {@code Index.json} (default the real archive). */
        public Builder baseUri(URI uri) {
            this.base = slash(Checks.notNull(uri, "baseUri"));
            return this;
        }

        /** A fallback base URL asked for files the primary refuses or fails to serve (null: none, the default). */
        public Builder mirror(URI uri) {
            this.mirror = uri == null ? null : slash(uri);
            return this;
        }

        /** Cap on the inflated size of one {@code .z} payload (default 64 MiB). */
        public Builder maxInflatedBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxInflatedBytes must be at least 1024, was " + bytes);
            }
            this.maxInflated = bytes;
            return this;
        }

        /** The client. */
        public LiveTimingClient build() {
            return new LiveTimingClient(this);
        }

        private static URI slash(URI u) {
            return u.toString().endsWith("/") ? u : URI.create(u + "/");
        }
    }

}
