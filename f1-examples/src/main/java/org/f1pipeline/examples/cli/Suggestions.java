package org.f1pipeline.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for mistyped commands, options and topics: the closest known names by edit distance
 * (insertions, deletions, substitutions and swaps of neighbours each count 1), within about a third of the word's
 * length; else the names that start with what was typed.
 */
final class Suggestions {

    private Suggestions() {
    }

    /** The known names closest to {@code typed}, best first (ties in the order given); empty when none is close. */
    static List<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best && !out.contains(k)) {
                out.add(k);
            }
        }
        int allowed = Math.max(1, Math.min(3, stripDashes(t).length() / 3));
        if (best <= allowed) {
            return out;
        }
        List<String> prefixed = known.stream().filter(k -> stripDashes(t).length() >= 2
                && k.toLowerCase(Locale.ROOT).startsWith(t)).distinct().toList();
        return prefixed.size() <= 3 ? prefixed : List.of();
    }

    /** "did you mean 'a'?" / "did you mean 'a' or 'b'?", or empty. */
    static String didYouMean(List<String> candidates) {
        if (candidates.isEmpty()) {
            return "";
        }
        return "did you mean " + candidates.stream().map(c -> "'" + c + "'").collect(Collectors.joining(" or "))
                + "?";
    }

    /**
     * The one-line message for an unknown command or option: what was not understood, the closest name, or the
     * names that are known when none is close.
     */
    static String unmatched(UnmatchedArgumentException ex) {
        CommandLine where = ex.getCommandLine();
        CommandSpec spec = where.getCommandSpec();
        String name = spec.qualifiedName();
        String arg = ex.getUnmatched().isEmpty() ? "" : ex.getUnmatched().get(0);
        if (arg.startsWith("-") && arg.length() > 1) {
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (GlobalOptions.NAMES.contains(option) || option.equals("-v")) {
                return misplaced(spec, option);
            }
            String hint = didYouMean(closest(option, optionNames(spec)));
            return "unknown option '" + option + "' for " + name + (hint.isEmpty()
                    ? "; its options: " + String.join(", ", optionNames(spec)) : "; " + hint);
        }
        if (!spec.subcommands().isEmpty()) {
            String hint = didYouMean(closest(arg, visibleSubcommands(spec)));
            return "unknown command '" + arg + "'" + (name.equals("f1") ? "" : " for " + name) + (hint.isEmpty()
                    ? "; commands: " + String.join(", ", visibleSubcommands(spec)) : "; " + hint);
        }
        return "unexpected argument '" + arg + "' for " + name + " (it takes options only)";
    }

    /**
     * A shared option given to a command that does not take it. For a command with subcommands ({@code cache}),
     * the subcommands that do take it, if any: {@code f1 cache info --cache-dir x}, not {@code f1 cache --cache-dir
     * x info}.
     */
    private static String misplaced(CommandSpec spec, String option) {
        String name = spec.qualifiedName();
        if (spec.subcommands().isEmpty()) {
            return "option '" + option + "' does not apply to " + name + "; its options: "
                    + String.join(", ", optionNames(spec));
        }
        List<String> takers = new ArrayList<>();
        spec.subcommands().forEach((n, c) -> {
            String q = c.getCommandSpec().qualifiedName();
            if (c.getCommandSpec().findOption(option) != null && !takers.contains(q)) {
                takers.add(q);
            }
        });
        return takers.isEmpty() ? "option '" + option + "' does not apply to " + name + " or its subcommands"
                : "option '" + option + "' goes after the subcommand: " + takers.stream()
                .map(t -> t + " " + option).collect(Collectors.joining(", "));
    }

    /** The long (else short) name of every visible option of a command, sorted. */
    static List<String> optionNames(CommandSpec spec) {
        TreeSet<String> names = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                names.add(o.longestName());
            }
        }
        return new ArrayList<>(names);
    }

    /** The subcommand names of a command, in the order they were added, hidden ones left out. */
    static List<String> visibleSubcommands(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        spec.subcommands().forEach((n, c) -> {
            if (!c.getCommandSpec().usageMessage().hidden() && !out.contains(c.getCommandName())) {
                out.add(c.getCommandName());
            }
        });
        return out;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String stripDashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        return s.substring(i);
    }
}
