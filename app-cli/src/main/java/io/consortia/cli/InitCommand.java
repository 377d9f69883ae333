package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.cli.template.FieldUsage;
import io.consortia.cli.template.ProfileTemplate;
import io.consortia.kernel.jurisdiction.Jurisdiction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia init [ID]}: a commented YAML profile template, for one jurisdiction (its
 * region filled in, each field with the rules of that jurisdiction that read it) or generic.
 */
@Command(name = "init", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Write a commented profile template (YAML) for a jurisdiction, or a generic one without ID.",
                "Every field comes with what it means and the rules that read it; empty facts are unknown until filled in."})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The jurisdiction (see `consortia jurisdictions`); none for a generic template.")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    String output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        Optional<Jurisdiction> j = id == null ? Optional.empty() : Optional.of(top.select(List.of(id)).get(0));
        List<Jurisdiction> rulesFrom = j.map(List::of).orElseGet(() -> top.catalog().all());
        String template = ProfileTemplate.render(j, FieldUsage.of(rulesFrom, top.today()));
        if (output == null) {
            top.out.print(template);
            return 0;
        }
        return write(template);
    }

    /**
     * Writes the file whole or not at all: a temporary file next to it, then a rename. An existing
     * file is kept unless --force.
     */
    private int write(String text) {
        Path target;
        try {
            target = Path.of(output);
        } catch (InvalidPathException e) {
            throw new InputException(output + ": not a valid file name");
        }
        if (Files.exists(target) && !force) {
            throw new InputException(output + ": already exists; use --force to overwrite it");
        }
        if (Files.isDirectory(target)) {
            throw new InputException(output + ": is a directory");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            // Created like any new file (the umask decides its mode), unlike Files.createTempFile's 0600.
            tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (force) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.move(tmp, target);
            }
            tmp = null;
        } catch (FileAlreadyExistsException e) {
            throw new InputException(output + ": already exists; use --force to overwrite it");
        } catch (NoSuchFileException e) {
            throw new InputException(output + ": no such directory: " + dir);
        } catch (AccessDeniedException e) {
            throw new InputException(output + ": permission denied");
        } catch (IOException e) {
            top.err.println("error: " + output + ": cannot be written (" + e.getMessage() + ")");
            return 1;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is all that is left; nothing more to do
                }
            }
        }
        return 0;
    }
}
