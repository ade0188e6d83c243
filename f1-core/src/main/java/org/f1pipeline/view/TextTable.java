package org.f1pipeline.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * A plain-text table for terminals and JShell: a header line, then one line per row, columns padded to their
 * widest cell and separated by two spaces, trailing blanks trimmed.
 *
 * <pre>{@code
 * String text = TextTable.of("Rank", "Driver", "Win %").alignRight(0, 2).maxWidth(1, 18)
 *         .row(1, "Max Verstappen", "45.2%")
 *         .row(2, "Lando Norris", "20.1%")
 *         .render();
 * // Rank  Driver          Win %
 * //    1  Max Verstappen  45.2%
 * //    2  Lando Norris    20.1%
 * }</pre>
 *
 * <p>A cell is its {@code toString()}, {@code null} prints as {@code -}; a cell wider than its column's maximum
 * width is cut and ends in {@code .}. Columns are left-aligned unless set otherwise. Mutable and not thread-safe:
 * build, render, discard. {@link #toString()} is {@link #render()}.
 */
public final class TextTable {

    /** How a column's cells are padded. */
    public enum Align {
        /** Text: padded on the right. */
        LEFT,
        /** Numbers: padded on the left. */
        RIGHT
    }

    private static final String GAP = "  ";

    private final List<String> headers;
    private final Align[] aligns;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> headers) {
        this.headers = headers;
        this.aligns = new Align[headers.size()];
        Arrays.fill(aligns, Align.LEFT);
        this.maxWidths = new int[headers.size()];
        Arrays.fill(maxWidths, Integer.MAX_VALUE);
    }

    /**
     * A table with these column headers.
     *
     * @throws InvalidInputException when no header is given
     */
    public static TextTable of(String... headers) {
        Checks.notNull(headers, "headers");
        if (headers.length == 0) {
            throw new InvalidInputException("headers", "headers must name at least one column");
        }
        List<String> list = new ArrayList<>();
        for (String h : headers) {
            list.add(h == null ? "" : h);
        }
        return new TextTable(List.copyOf(list));
    }

    /** Aligns these columns (0-based) to the right, as numbers. */
    public TextTable alignRight(int... columns) {
        for (int c : columns) {
            aligns[column(c)] = Align.RIGHT;
        }
        return this;
    }

    /** Sets the alignment of one column (0-based). */
    public TextTable align(int column, Align align) {
        aligns[column(column)] = Checks.notNull(align, "align");
        return this;
    }

    /**
     * Cuts the cells of {@code column} (0-based) to at most {@code width} characters (the last one a {@code .}).
     *
     * @throws InvalidInputException when {@code width} is below 2
     */
    public TextTable maxWidth(int column, int width) {
        Checks.inRange(width, 2, 10_000, "width");
        maxWidths[column(column)] = width;
        return this;
    }

    /**
     * Adds a row; a missing trailing cell prints empty.
     *
     * @throws InvalidInputException when the row has more cells than the table has columns
     */
    public TextTable row(Object... cells) {
        Checks.notNull(cells, "cells");
        if (cells.length > headers.size()) {
            throw new InvalidInputException("cells", "cells must be at most " + headers.size() + " (one per column),"
                    + " got " + cells.length);
        }
        List<String> row = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            row.add(i >= cells.length ? "" : cells[i] == null ? "-" : cut(cells[i].toString(), maxWidths[i]));
        }
        rows.add(row);
        return this;
    }

    /** The number of rows added so far (the header not counted). */
    public int rowCount() {
        return rows.size();
    }

    /** The table: the header line and one line per row, each ending in a newline. */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = cut(headers.get(i), maxWidths[i]).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, headers.stream().map(h -> cut(h, Integer.MAX_VALUE)).toList(), widths, true);
        for (List<String> row : rows) {
            line(b, row, widths, false);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private void line(StringBuilder b, List<String> cells, int[] widths, boolean header) {
        int start = b.length();
        for (int i = 0; i < widths.length; i++) {
            String cell = header ? cut(cells.get(i), maxWidths[i]) : cells.get(i);
            if (i > 0) {
                b.append(GAP);
            }
            String pad = " ".repeat(widths[i] - cell.length());
            b.append(aligns[i] == Align.RIGHT ? pad + cell : cell + pad);
        }
        int end = b.length();
        while (end > start && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        b.append('\n');
    }

    private int column(int column) {
        return Checks.inRange(column, 0, headers.size() - 1, "column");
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + ".";
    }
}
