package org.f1pipeline.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code f1 help [<command>... | <topic>]}: a command's usage ({@code f1 help cache info}), or a chapter of the
 * manual ({@code f1 help cli}). The chapters are the project's docs, bundled in {@code f1.jar} at build time, so
 * the help works wherever the jar is, without the repository.
 */
@Command(name = "help", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Help on a command (f1 help predict, f1 help cache info) or a chapter of the manual"
                + " bundled in f1.jar (f1 help cli). Without an argument: the commands and the chapters."})
final class HelpCommand implements Callable<Integer>, OptionMixins.Scoped {

    /** The folder of the bundled chapters, on the class path. */
    static final String FOLDER = "/org/f1pipeline/examples/cli/help/";

    /** The chapter names, for the top-level help's footer (kept equal to {@link #TOPICS}' keys by a test). */
    static final String CHAPTERS = "cli, jobs, model, championship, fetching, storage, reliability";

    /**
     * The chapters: name, and what it covers. The name is the file name in docs/ without {@code .md}, except
     * {@code championship} (docs/standings.md), as {@code f1 help standings} is the command's usage.
     */
    static final Map<String, String> TOPICS = topics();

    @ParentCommand
    F1Cli parent;

    @Parameters(arity = "0..*", paramLabel = "<command-or-topic>",
            description = "A command (e.g. predict, cache info) or a chapter: ${COMPLETION-CANDIDATES}.",
            completionCandidates = TopicNames.class)
    List<String> words = new ArrayList<>();

    private static Map<String, String> topics() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("cli", "the command line: every command and option, the config file, exit codes, cron");
        t.put("jobs", "the jobs, what each needs and writes, backfills");
        t.put("model", "the prediction model, its features and the backtest");
        t.put("championship", "championship standings and their rules by era");
        t.put("fetching", "rate limits, retries and the response cache");
        t.put("storage", "SQLite, PostgreSQL and in-memory storage, schema and migrations");
        t.put("reliability", "what happens on bad answers, 429s, stalls, busy or full databases");
        return t;
    }

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        CommandLine root = parent.spec.commandLine();
        if (words.isEmpty()) {
            root.usage(ctx.out());
            ctx.out().println();
            ctx.out().println("Chapters of the manual (f1 help <chapter>):");
            TOPICS.forEach((name, what) -> ctx.out().printf(Locale.ROOT, "  %-14s%s%n", name, what));
            ctx.out().flush();
            return ExitCodes.OK;
        }
        CommandLine target = root;
        int i = 0;
        while (i < words.size() && target.getSubcommands().containsKey(words.get(i))) {
            target = target.getSubcommands().get(words.get(i++));
        }
        if (i == words.size()) {
            target.usage(ctx.out());
            ctx.out().flush();
            return ExitCodes.OK;
        }
        if (i == 0 && words.size() == 1 && TOPICS.containsKey(words.get(0).toLowerCase(Locale.ROOT))) {
            ctx.out().print(chapter(words.get(0).toLowerCase(Locale.ROOT)));
            ctx.out().flush();
            return ExitCodes.OK;
        }
        String word = words.get(i);
        List<String> known = new ArrayList<>(Suggestions.visibleSubcommands(target.getCommandSpec()));
        if (i == 0) {
            known.addAll(TOPICS.keySet());
        }
        String hint = Suggestions.didYouMean(Suggestions.closest(word, known));
        ctx.err().println("f1: no help on '" + String.join(" ", words) + "'" + (hint.isEmpty() ? "" : "; " + hint)
                + (i == 0 ? " (commands: " + String.join(", ", Suggestions.visibleSubcommands(root.getCommandSpec()))
                + "; chapters: " + String.join(", ", TOPICS.keySet()) + ")"
                : " (" + target.getCommandSpec().qualifiedName() + " has no subcommand '" + word + "')"));
        ctx.err().flush();
        return ExitCodes.USAGE;
    }

    /** The docs/ file of a chapter. */
    static String file(String topic) {
        return (topic.equals("championship") ? "standings" : topic) + ".md";
    }

    /** The text of a bundled chapter. */
    static String chapter(String topic) {
        try (InputStream in = HelpCommand.class.getResourceAsStream(FOLDER + file(topic))) {
            if (in == null) {
                throw new IllegalStateException("the chapter '" + topic + "' is missing from the jar ("
                        + FOLDER + file(topic) + "); rebuild f1.jar with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chapter names, for the help text. */
    static final class TopicNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return TOPICS.keySet().iterator();
        }
    }
}
