package org.f1pipeline.bootstrap.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the dump, read row by row: a header row, then one record per line as PostgreSQL's
 * {@code COPY ... WITH CSV HEADER} writes it (RFC 4180: fields with a comma, quote or line break are quoted, a quote
 * inside is doubled). An unquoted empty field is SQL null ({@code null} here); a quoted empty field is the empty
 * string. Columns are addressed by header name ({@link #column}), never by position, because the dump orders them
 * {@code id} first, then alphabetically, and new columns appear as Jolpica's schema grows. One row is kept at a
 * time: a table of any size reads in constant memory. Internal API.
 */
public final class CsvTable implements Closeable {

    private final String name;
    private final Reader in;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    private final StringBuilder field = new StringBuilder(32);
    private String[] row;
    private long line = 1;
    private long rows;
    private boolean eof;

    /**
     * Opens a table and reads its header.
     *
     * @param name the table name, for messages
     * @param in   the CSV bytes (UTF-8); closed by {@link #close}
     * @throws DumpFormatException when the header is missing
     */
    public CsvTable(String name, InputStream in) {
        this.name = name;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        List<String> head = readRecord();
        if (head == null || head.isEmpty()) {
            throw new DumpFormatException(name + ": no header row");
        }
        this.header = List.copyOf(head);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** Whether the header has {@code column}. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * The index of a column, for {@link #get(int)}.
     *
     * @throws DumpFormatException when the header lacks it
     */
    public int column(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new DumpFormatException(name + ": no column '" + column + "' (header: " + header + ")");
        }
        return i;
    }

    /** The index of a column, or -1 when the header lacks it. */
    public int optColumn(String column) {
        return columns.getOrDefault(column, -1);
    }

    /**
     * Advances to the next row.
     *
     * @return false at the end of the table
     * @throws DumpFormatException when a row has another number of fields than the header
     */
    public boolean next() {
        if (eof) {
            return false;
        }
        List<String> r = readRecord();
        if (r == null) {
            eof = true;
            return false;
        }
        if (r.size() != header.size()) {
            throw new DumpFormatException(name + " line " + line + ": " + r.size() + " fields, the header has "
                    + header.size());
        }
        row = r.toArray(new String[0]);
        rows++;
        return true;
    }

    /** The value of column {@code index} in the current row; null for SQL null. */
    public String get(int index) {
        return index < 0 ? null : row[index];
    }

    /** Where the current row is, for messages: {@code formula_one_lap.csv row 12 (line 13)}. */
    public String where() {
        return name + " row " + rows + " (line " + line + ")";
    }

    /** Rows read so far. */
    public long rows() {
        return rows;
    }

    private List<String> readRecord() {
        try {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            List<String> out = new ArrayList<>(header == null ? 16 : header.size());
            while (true) {
                // One field; c is its first character.
                field.setLength(0);
                boolean quoted = false;
                if (c == '"') {
                    quoted = true;
                    while (true) {
                        c = in.read();
                        if (c < 0) {
                            throw new DumpFormatException(name + " line " + line + ": quoted field not closed");
                        }
                        if (c == '"') {
                            c = in.read();
                            if (c == '"') {
                                field.append('"');
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else {
                    while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                        field.append((char) c);
                        c = in.read();
                    }
                }
                out.add(!quoted && field.length() == 0 ? null : field.toString());
                if (c == ',') {
                    c = in.read();
                    continue;
                }
                if (c == '\r') {
                    c = in.read();
                    if (c != '\n' && c >= 0) {
                        throw new DumpFormatException(name + " line " + line + ": stray carriage return");
                    }
                }
                if (c == '\n' || c < 0) {
                    line++;
                    return out;
                }
                throw new DumpFormatException(name + " line " + line + ": unexpected character '" + (char) c
                        + "' after a quoted field");
            }
        } catch (IOException e) {
            throw new DumpFormatException(name + " line " + line + ": could not read the table: " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Reading is done; a failing close of a zip entry stream loses nothing.
        }
    }
}
