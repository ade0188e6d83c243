package org.f1pipeline.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for options that count something ({@code --top}): a whole number within its range, refused while
 * the command line is parsed (exit 2, nothing opened) with a message that says what is allowed.
 */
final class Counts {

    private Counts() {
    }

    /** A whole number of at least 1, e.g. {@code predict --top 3}. */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 1, "");
        }
    }

    /** A whole number of at least 0, where 0 means "all", e.g. {@code demo --top 0}. */
    static final class ZeroForAll implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value, 0, " (0 for all)");
        }
    }

    static int parse(String value, int min, String note) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number; give " + min + " or more"
                    + note);
        }
        if (n < min) {
            throw new TypeConversionException("must be " + min + " or more" + note + ", was " + n);
        }
        return n;
    }
}
