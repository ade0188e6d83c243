/**
 * The F1 live-timing static archive (https://livetiming.formula1.com/static/, 2018 on), the files FastF1 reads: the
 * detail source for 2018-2022 and OpenF1's fallback from 2023.
 *
 * <ul>
 *   <li>{@link org.f1pipeline.source.livetiming.LiveTimingClient} finds sessions (season index, else path
 *       derivation) and reads only the topics asked for through the shared {@link org.f1pipeline.fetch.Fetcher};
 *       any 4xx means "unavailable"; an optional mirror is asked for what the primary refuses.</li>
 *   <li>{@link org.f1pipeline.source.livetiming.LiveTimingSession} is one session built FastF1's way from the patch
 *       stream: {@link org.f1pipeline.source.livetiming.ArchiveLap}s, qualifying
 *       {@link org.f1pipeline.source.livetiming.SegmentBests}, weather, track status, race control; keyed by racing
 *       number (the jobs map numbers to drivers through the entry list).</li>
 *   <li>{@link org.f1pipeline.source.livetiming.Compounds} maps 2018's absolute compound names to the weekend's
 *       SOFT/MEDIUM/HARD; {@link org.f1pipeline.source.livetiming.LiveTimingFiles} builds sessions from files on
 *       disk.</li>
 * </ul>
 * File encodings and the builders live in the {@code internal} sub-package, which is not public API.
 */
package org.f1pipeline.source.livetiming;
