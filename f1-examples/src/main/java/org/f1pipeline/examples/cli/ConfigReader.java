package org.f1pipeline.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML config file into flattened keys ({@code api.max_workers}) with the line each key is on, so every
 * error can say "f1.yaml, line 7". Jackson's tree model forgets locations, hence the streaming parser. Nested
 * mappings flatten with dots; lists of scalars stay lists; anything deeper is refused.
 */
final class ConfigReader {

    /**
     * One setting.
     *
     * @param value a String, Long, Double, Boolean, List of those, or null
     * @param line  1-based line of the key in the file
     */
    record Entry(Object value, int line) {
    }

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path file;

    private ConfigReader(Path file) {
        this.file = file;
    }

    /**
     * Reads {@code file}.
     *
     * @throws CliException (usage) naming the file, and the line for syntax errors
     */
    static Map<String, Entry> read(Path file) {
        return new ConfigReader(file).read();
    }

    private Map<String, Entry> read() {
        if (!Files.isRegularFile(file)) {
            throw CliException.usage("config file " + file + " does not exist"
                    + (Files.isDirectory(file) ? " (it is a folder)" : "")
                    + "; pass --config with the path of a YAML file, or leave --config out to use the defaults");
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        try (JsonParser p = YAML.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return out;
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(p.currentTokenLocation(), "the file must be a mapping of settings (key: value), found "
                        + describe(first));
            }
            readObject(p, "", out);
            return out;
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage() == null ? e.getMessage() : e.getOriginalMessage();
            throw error(e.getLocation(), "not valid YAML: " + reason.lines().findFirst().orElse(reason).trim()
                    + "; fix the syntax (indent with spaces, key: value)");
        } catch (NoSuchFileException e) {
            throw CliException.usage("config file " + file + " does not exist; pass --config with a readable"
                    + " YAML file");
        } catch (IOException e) {
            throw CliException.usage("cannot read config file " + file + ": " + e.getMessage()
                    + "; check that the file exists and is readable");
        }
    }

    private void readObject(JsonParser p, String prefix, Map<String, Entry> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw error(p.currentTokenLocation(), "expected a setting name, found " + describe(t));
            }
            String key = prefix + p.currentName();
            int line = p.currentTokenLocation().getLineNr();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readObject(p, key + ".", out);
            } else if (value == JsonToken.START_ARRAY) {
                out.put(key, new Entry(readList(p, key), line));
            } else {
                out.put(key, new Entry(scalar(p, value, key), line));
            }
        }
    }

    private List<Object> readList(JsonParser p, String key) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            list.add(scalar(p, t, key));
        }
        return list;
    }

    private Object scalar(JsonParser p, JsonToken t, String key) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw error(p.currentTokenLocation(), key + " must be a plain value or a list of plain"
                    + " values, found " + describe(t));
        };
    }

    private CliException error(JsonLocation location, String message) {
        int line = location == null ? -1 : location.getLineNr();
        return CliException.usage("config file " + file + (line > 0 ? ", line " + line : "") + ": " + message);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            default -> t.asString() == null ? "a value" : "'" + t.asString() + "'";
        };
    }
}
