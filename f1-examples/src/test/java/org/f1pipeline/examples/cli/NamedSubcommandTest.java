package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("The command line built for the named subcommand only (D106)")
class NamedSubcommandTest {

    private final CliContext ctx = CliContext.of(new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()), Map.of(), Path.of("."));

    @Test
    @DisplayName("models the named subcommand with its options and leaves the others bare")
    void modelsOnlyTheNamedSubcommand() {
        CommandLine cmd = F1Cli.forNamedSubcommand(ctx, new String[] {"--db", "jdbc:sqlite:x.db", "recompute",
            "--from", "2000"});
        assertThat(cmd).isNotNull();
        assertThat(cmd.getSubcommands()).containsKeys("recompute", "predict", "cache", "help");
        assertThat(cmd.getSubcommands().get("recompute").getCommandSpec().findOption("--from")).isNotNull();
        assertThat(cmd.getSubcommands().get("predict").getCommandSpec().options()).isEmpty();
        assertThat(cmd.getSubcommands().get("predict").getCommandSpec().userObject()).isNull();
    }

    @Test
    @DisplayName("leaves help, errors, and a subcommand's name given as an option's value to the whole command line")
    void leavesTheRestToTheWholeCommandLine() {
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"help", "recompute"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"recompute", "--help"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"--version", "recompute"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"recompute", "--form", "2000"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"recompute", "extra"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"--db", "recompute", "predict"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {"--job", "ingest_race"})).isNull();
        assertThat(F1Cli.forNamedSubcommand(ctx, new String[] {})).isNull();
    }
}
