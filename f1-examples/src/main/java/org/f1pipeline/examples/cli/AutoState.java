package org.f1pipeline.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.examples.cli.AutoPlanner.History;
import org.f1pipeline.examples.cli.AutoPlanner.Step;

/**
 * What auto mode remembers between runs (each cron run is a new process): failed attempts and given-up steps per
 * race, and when each season's schedule and roster were last synced. The database has no place for this, and it
 * is operational state, not F1 data, so it lives in a small JSON file ({@code auto.state_file}):
 *
 * <pre>{@code
 * {"schedule_synced": {"2024": "2024-07-19T11:30:00Z"},
 *  "races": {"2024-13": {"attempts": {"qualifying": 2}, "given_up": [], "last_error": "..."}}}
 * }</pre>
 *
 * Deleting the file is always safe: auto mode then syncs the schedule again and counts attempts from zero.
 */
final class AutoState {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode root;

    private AutoState(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
        if (!root.has("schedule_synced")) {
            root.putObject("schedule_synced");
        }
        if (!root.has("races")) {
            root.putObject("races");
        }
    }

    /**
     * Reads the state file; a missing file is an empty state.
     *
     * @throws CliException (usage) when the file is not valid JSON, saying it can be deleted
     */
    static AutoState load(Path file) {
        if (!Files.exists(file)) {
            return new AutoState(file, JSON.createObjectNode());
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (!(node instanceof ObjectNode object)) {
                throw new IOException("not a JSON object");
            }
            return new AutoState(file, object);
        } catch (IOException e) {
            throw CliException.usage("auto state file " + file + " is unreadable (" + e.getMessage().lines()
                    .findFirst().orElse("") + "); delete it to start afresh (attempt counts are reset)", e);
        }
    }

    /** Writes the state atomically (a crash never leaves half a file). */
    void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".f1-auto-", ".tmp");
            JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CliException.usage("cannot write the auto state file " + file + ": " + e.getMessage()
                    + "; set auto.state_file to a writable path");
        }
    }

    /** When auto mode last synced the season's schedule and roster; null if never. */
    Instant lastScheduleSync(int season) {
        JsonNode n = root.get("schedule_synced").get(String.valueOf(season));
        return n == null ? null : Instant.parse(n.asText());
    }

    void scheduleSynced(int season, Instant at) {
        ((ObjectNode) root.get("schedule_synced")).put(String.valueOf(season), at.toString());
    }

    /** The race's attempts and given-up steps. */
    History history(RaceKey race) {
        JsonNode r = root.get("races").get(race.toString());
        Map<Step, Integer> attempts = new EnumMap<>(Step.class);
        Set<Step> givenUp = EnumSet.noneOf(Step.class);
        if (r != null) {
            JsonNode a = r.path("attempts");
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                step(name).ifPresent(s -> attempts.put(s, a.get(name).asInt()));
            }
            r.path("given_up").forEach(n -> step(n.asText()).ifPresent(givenUp::add));
        }
        return new History(attempts, givenUp);
    }

    /** Counts a failed run of {@code step}. */
    void recordFailure(RaceKey race, Step step, String error) {
        ObjectNode r = race(race);
        ObjectNode a = r.withObjectProperty("attempts");
        a.put(step.wireName(), a.path(step.wireName()).asInt() + 1);
        r.put("last_error", error);
    }

    /** Forgets the attempts of a step that succeeded. */
    void succeeded(RaceKey race, Step step) {
        JsonNode r = root.get("races").get(race.toString());
        if (r instanceof ObjectNode o && o.get("attempts") instanceof ObjectNode a) {
            a.remove(step.wireName());
        }
    }

    /** Marks {@code step} given up, so the runner moves past it. */
    void giveUp(RaceKey race, Step step) {
        com.fasterxml.jackson.databind.node.ArrayNode list = race(race).withArrayProperty("given_up");
        for (JsonNode n : list) {
            if (n.asText().equals(step.wireName())) {
                return;
            }
        }
        list.add(step.wireName());
    }

    private ObjectNode race(RaceKey race) {
        return ((ObjectNode) root.get("races")).withObjectProperty(race.toString());
    }

    private static java.util.Optional<Step> step(String name) {
        try {
            return java.util.Optional.of(Step.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
