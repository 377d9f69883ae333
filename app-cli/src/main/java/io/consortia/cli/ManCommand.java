package io.consortia.cli;

import io.consortia.io.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * {@code consortia man [COMMAND]}: the manual page that picocli's {@link ManPageGenerator} makes
 * from the command model (name, synopsis, description, every option and argument, subcommands),
 * in AsciiDoc's man-page form, which Asciidoctor turns into a roff page ({@code asciidoctor -b
 * manpage}). Made at run time, so it always matches the installed version.
 */
@Command(name = "man", mixinStandardHelpOptions = true,
        description = {"Print the manual page of consortia or of one of its commands, in AsciiDoc.",
                "The page is made by picocli's man page generator from the commands themselves. Read it as a man page with "
                        + "Asciidoctor: consortia man assess | asciidoctor -b manpage -o consortia-assess.1 - && man ./consortia-assess.1",
                "With --outdir DIR, one page per command is written there (consortia.adoc, consortia-assess.adoc, ...)."})
final class ManCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command whose page to print (default: consortia itself).")
    String command;

    @Option(names = {"-d", "--outdir"}, paramLabel = "DIR", description = "Write the page of every command into DIR instead.")
    String outdir;

    @Override
    public Integer call() {
        CommandSpec root = top.spec;
        if (outdir != null) {
            if (command != null) {
                throw new InputException("man: give COMMAND or --outdir, not both");
            }
            return write(root);
        }
        CommandSpec spec = root;
        if (command != null) {
            spec = root.subcommands().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(command.strip())).findFirst()
                    .map(e -> e.getValue().getCommandSpec())
                    .orElseThrow(() -> new InputException("man " + command + ": no such command; commands: "
                            + String.join(", ", root.subcommands().keySet())));
        }
        top.out.print(page(spec));
        return 0;
    }

    /** The AsciiDoc man page of one command. */
    static String page(CommandSpec spec) {
        StringWriter text = new StringWriter();
        try (PrintWriter pw = new PrintWriter(text)) {
            ManPageGenerator.writeSingleManPage(pw, spec);
        }
        return text.toString();
    }

    /** Every command's page into --outdir, named as picocli names them (consortia-assess.adoc). */
    private int write(CommandSpec root) {
        Path dir;
        try {
            dir = Path.of(outdir);
            Files.createDirectories(dir);
        } catch (InvalidPathException | IOException e) {
            throw new InputException("--outdir " + outdir + ": cannot be created (" + e.getMessage() + ")");
        }
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        Main.forEach(root.commandLine(), c -> {
            if (c.getCommandSpec() != root && !c.getCommandSpec().usageMessage().hidden()) {
                all.add(c.getCommandSpec());
            }
        });
        for (CommandSpec spec : all) {
            Path file = dir.resolve(spec.qualifiedName("-").replaceAll("\\s", "_") + ".adoc");
            try {
                Files.writeString(file, page(spec), StandardCharsets.UTF_8);
            } catch (IOException e) {
                top.err.println("consortia: " + file + ": cannot be written (" + e.getMessage() + ")");
                return 1;
            }
        }
        top.err.println("consortia: wrote " + all.size() + " man pages to " + dir + " (convert them with asciidoctor -b manpage)");
        return CommandLine.ExitCode.OK;
    }
}
