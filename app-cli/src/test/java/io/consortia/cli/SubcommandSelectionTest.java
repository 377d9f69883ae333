package io.consortia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main builds picocli's model of the one subcommand a command line names (start-up), and of all when it names none. */
class SubcommandSelectionTest {

    private static List<Class<?>> chosen(String... args) {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        CommandLine root = new CommandLine(new ConsortiaCommand(InputStream.nullInputStream(), none, none, Clock.systemUTC()));
        return Main.subcommandsFor(root, args);
    }

    @Test
    void theSubcommandNamedAloneWhateverGlobalOptionsComeFirst() {
        assertThat(chosen("jurisdictions")).containsExactly(JurisdictionsCommand.class);
        assertThat(chosen("--debug", "assess", "x.yaml")).containsExactly(AssessCommand.class);
        assertThat(chosen("--plugins", "assess", "jurisdictions")).as("the value of --plugins is not the command")
                .containsExactly(JurisdictionsCommand.class);
        assertThat(chosen("--max-input-bytes=1M", "gap")).containsExactly(GapCommand.class);
        assertThat(chosen("SURVEY")).as("any case").containsExactly(SurveyCommand.class);
    }

    @Test
    void everySubcommandForHelpNoneOrAMisspeltOne() {
        assertThat(chosen()).isEqualTo(ConsortiaCommand.SUBCOMMANDS);
        assertThat(chosen("--help")).isEqualTo(ConsortiaCommand.SUBCOMMANDS);
        assertThat(chosen("help", "assess")).isEqualTo(ConsortiaCommand.SUBCOMMANDS);
        assertThat(chosen("asess")).isEqualTo(ConsortiaCommand.SUBCOMMANDS);
        assertThat(chosen("completion")).as("the script completes every command").isEqualTo(ConsortiaCommand.SUBCOMMANDS);
        assertThat(chosen("man")).isEqualTo(ConsortiaCommand.SUBCOMMANDS);
    }

    @Test
    void theCommandsRunAsBeforeAndAMisspeltOneGetsSuggestions() {
        assertThat(Cli.run("jurisdictions").status()).isZero();
        assertThat(Cli.run("JURISDICTIONS").status()).as("a command's name in any case").isZero();
        Cli.Result typo = Cli.run("jurisdictons");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).contains("jurisdictions");
        Cli.Result help = Cli.run("--help");
        ConsortiaCommand.SUBCOMMANDS.forEach(c -> assertThat(help.out()).contains(c.getAnnotation(CommandLine.Command.class).name()));
    }
}
