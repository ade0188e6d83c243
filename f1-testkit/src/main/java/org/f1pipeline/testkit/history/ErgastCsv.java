package org.f1pipeline.testkit.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one Ergast CSV table: a header line, then rows of comma-separated fields; a field may be quoted with
 * {@code "} (the Wikipedia URLs hold commas) and {@code \N} means null. Fields are addressed by header name, so a
 * column order change in the files does not matter.
 */
final class ErgastCsv {

    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    private ErgastCsv(Path file) {
        this.file = file;
    }

    static ErgastCsv read(Path file) {
        ErgastCsv csv = new ErgastCsv(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalStateException(file + " is empty");
            }
            String[] names = split(header.replace("\uFEFF", ""));
            for (int i = 0; i < names.length; i++) {
                csv.columns.put(names[i], i);
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    csv.rows.add(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return csv;
    }

    /** Maps every row through {@code mapper}, in file order. */
    <T> List<T> map(Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(mapper.apply(new Row(rows.get(i), i + 2)));
        }
        return List.copyOf(out);
    }

    /** One row, its fields addressed by column name. */
    final class Row {
        private final String[] fields;
        private final int line;

        private Row(String[] fields, int line) {
            this.fields = fields;
            this.line = line;
        }

        /** The field as written, or null for {@code \N} and for a column the row does not reach. */
        String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalStateException(file.getFileName() + " has no column '" + column + "'");
            }
            if (index >= fields.length) {
                return null;
            }
            String value = fields[index];
            return value.equals("\\N") ? null : value;
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file.getFileName() + " line " + line + ": column '" + column
                        + "' is not an integer: '" + value + "'", e);
            }
        }

        int requiredInt(String column) {
            Integer value = integer(column);
            if (value == null) {
                throw new IllegalStateException(file.getFileName() + " line " + line + ": column '" + column
                        + "' is empty");
            }
            return value;
        }

        Double decimal(String column) {
            String value = text(column);
            return value == null || value.isEmpty() ? null : Double.valueOf(value);
        }
    }

    /** Splits one CSV line; quotes group commas, a doubled quote inside quotes is a literal quote. */
    static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }
}
