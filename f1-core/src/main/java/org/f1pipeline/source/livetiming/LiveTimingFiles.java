package org.f1pipeline.source.livetiming;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.livetiming.internal.ArchiveIndex;
import org.f1pipeline.source.livetiming.internal.SessionBuilder;
import org.f1pipeline.source.livetiming.internal.StreamFormat;
import org.f1pipeline.source.livetiming.internal.StreamRecord;

/**
 * Builds sessions from archive files already on disk (a folder laid out like the archive, e.g. a FastF1 recording),
 * with the same parsing and building as {@link LiveTimingClient#load}. For offline analysis and tests.
 */
public final class LiveTimingFiles {

    private LiveTimingFiles() {
    }

    /**
     * The session described by a folder's {@code SessionInfo.jsonStream} (first record, as FastF1 uses it).
     *
     * @throws SourceFormatException when the file is missing fields or names a session the pipeline does not use
     */
    public static ArchiveSession sessionInfo(Path folder) {
        Path file = folder.resolve("SessionInfo.jsonStream");
        List<StreamRecord> records = StreamFormat.records(file.toUri(), read(file), false, 1 << 20);
        if (records.isEmpty()) {
            throw new SourceFormatException(file.toUri(), "SessionInfo has no record", null, null);
        }
        JsonNode n = records.get(0).data();
        String path = n.path("Path").asText("");
        String type = n.path("Type").asText(null);
        String name = n.path("Name").asText(null);
        Integer number = n.hasNonNull("Number") ? n.get("Number").asInt() : null;
        var sessionType = ArchiveSession.typeOf(type, name, number).orElseThrow(() -> new SourceFormatException(
                file.toUri(), "session " + type + "/" + name + " is not one the pipeline reads", null, null));
        try {
            return new ArchiveSession(Integer.parseInt(path.substring(0, 4)), n.path("Key").asInt(0),
                    n.path("Meeting").path("Name").asText(), sessionType, name,
                    LocalDateTime.parse(n.path("StartDate").asText()), LocalDateTime.parse(n.path("EndDate").asText()),
                    ArchiveIndex.offset(n.path("GmtOffset").asText()), path);
        } catch (RuntimeException e) {
            throw new SourceFormatException(file.toUri(), "unreadable SessionInfo: " + e.getMessage(), null, e);
        }
    }

    /** Builds {@code session} from the topic files present in {@code folder} (absent files are missing topics). */
    public static LiveTimingSession load(ArchiveSession session, Path folder, Set<LiveTimingTopic> topics) {
        Map<LiveTimingTopic, List<StreamRecord>> records = new EnumMap<>(LiveTimingTopic.class);
        Set<LiveTimingTopic> missing = EnumSet.noneOf(LiveTimingTopic.class);
        long bytes = 0;
        for (LiveTimingTopic t : topics) {
            Path file = folder.resolve(t.fileName() + ".jsonStream");
            if (!Files.isRegularFile(file)) {
                missing.add(t);
                continue;
            }
            byte[] body = read(file);
            bytes += body.length;
            URI uri = file.toUri();
            records.put(t, StreamFormat.records(uri, body, t.compressed(), LiveTimingClient.DEFAULT_MAX_INFLATED_BYTES));
        }
        return SessionBuilder.build(session, records, missing, topics.size(), bytes);
    }

    /** Parses a season {@code Index.json} file. */
    public static List<ArchiveSession> seasonIndex(int year, Path file) {
        return ArchiveIndex.parse(file.toUri(), year, StreamFormat.document(file.toUri(), read(file)));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
