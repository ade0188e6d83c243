package org.f1pipeline.testkit.dump;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Test helper: reads a dump zip into tables of rows (column name to value, null for an empty unquoted field). */
public final class DumpTablesReader {
    /** Entry name to its raw text. */
    public final Map<String, String> texts = new LinkedHashMap<>();
    /** Entry name to its zip entry. */
    public final Map<String, ZipEntry> entries = new LinkedHashMap<>();

    public DumpTablesReader(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), e);
                texts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of {@code formula_one_<model>.csv}. */
    public List<Map<String, String>> rows(String model) {
        List<List<String>> lines = parse(texts.get("formula_one_" + model + ".csv"));
        List<String> header = lines.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), l.get(i));
            }
            out.add(row);
        }
        return out;
    }

    /** The header of a table. */
    public List<String> header(String model) {
        return parse(texts.get("formula_one_" + model + ".csv")).get(0);
    }

    /** RFC 4180 with PostgreSQL's null convention: an unquoted empty field is null, {@code ""} is the empty text. */
    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                line.add(field.length() == 0 && !wasQuoted ? null : field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        return lines;
    }
}
