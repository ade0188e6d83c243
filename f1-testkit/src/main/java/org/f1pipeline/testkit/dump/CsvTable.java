package org.f1pipeline.testkit.dump;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code formula_one_*} table being written: rows are appended in id order to a spill file, so a dump of the
 * whole history never holds its 600,000 laps in memory. Columns are {@code id} first, then alphabetical (the order
 * of {@code generate_csv_dump.py}).
 */
final class CsvTable implements Closeable {
    private final String name;
    private final String apiPrefix;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long nextId = 1;
    private long lastWritten;
    private long rows;

    CsvTable(String model, Path dir, String... otherColumns) {
        this.name = "formula_one_" + model;
        this.apiPrefix = model + "_";
        List<String> cols = new ArrayList<>(Arrays.asList(otherColumns));
        cols.add("api_id");
        cols.sort(null);
        cols.add(0, "id");
        this.columns = List.copyOf(cols);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.file = dir.resolve(name + ".csv");
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(String.join(",", columns));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zip entry name, e.g. {@code formula_one_lap.csv}. */
    String entryName() {
        return name + ".csv";
    }

    /** The header, {@code id} first. */
    List<String> columns() {
        return columns;
    }

    Path file() {
        return file;
    }

    long rows() {
        return rows;
    }

    /** Allocates the next id (rows must then be written in allocation order). */
    long next() {
        return nextId++;
    }

    /**
     * Writes one row: {@code pairs} are column name, value (already formatted, null = SQL null); missing columns are
     * null; {@code api_id} is generated from the id.
     */
    long write(long id, String... pairs) {
        if (id <= lastWritten || id >= nextId) {
            throw new IllegalStateException(name + ": id " + id + " written out of order (last " + lastWritten + ")");
        }
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("column/value pairs expected");
        }
        String[] values = new String[columns.size()];
        values[0] = String.valueOf(id);
        values[index.get("api_id")] = ApiIds.of(apiPrefix, id);
        for (int i = 0; i < pairs.length; i += 2) {
            Integer at = index.get(pairs[i]);
            if (at == null || at == 0) {
                throw new IllegalArgumentException(name + " has no column " + pairs[i]);
            }
            values[at] = pairs[i + 1];
        }
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            PgCsv.field(line, values[i]);
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastWritten = id;
        rows++;
        return id;
    }

    /** Allocates an id and writes the row. */
    long add(String... pairs) {
        return write(next(), pairs);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
