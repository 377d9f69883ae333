package io.consortia.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia completion}: the shell completion script that picocli's {@link AutoComplete}
 * generates from the command model (every command, option and enum value), printed at run time so
 * that it always matches the installed version.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash and zsh.",
                "Load it into the current shell with: source <(consortia completion)",
                "Install it for bash: consortia completion > ~/.local/share/bash-completion/completions/consortia",
                "zsh reads the same script after: autoload -U +X compinit && compinit && autoload -U +X bashcompinit && bashcompinit"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script is for: the same script serves both (zsh through bashcompinit). */
    enum Shell { bash, zsh }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "0..1", paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh (default: ${DEFAULT-VALUE}).")
    Shell shell;

    @Override
    public Integer call() {
        top.out.print(AutoComplete.bash("consortia", top.spec.commandLine()));
        return 0;
    }
}
