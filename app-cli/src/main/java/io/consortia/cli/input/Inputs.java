package io.consortia.cli.input;

import io.consortia.io.input.Documents;
import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.Parsed;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.profile.OwnFacts;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the command's inputs (files, or standard input for {@code -}) into kernel values within
 * the {@link InputLimits}, turning every problem into a line that names the file, the line and the
 * path. Warnings (unknown fields) go to stderr; errors stop the read with an {@link InputException}
 * (exit 2), which a batch reports for that input alone.
 */
public final class Inputs {

    private final PrintWriter err;
    private final InputLimits limits;
    private final InputStream stdin;
    private final Supplier<OwnFacts> facts;
    private boolean stdinRead;

    /** Readers that know no jurisdiction's own facts (they are warned and ignored). */
    public Inputs(PrintWriter err, InputLimits limits, InputStream stdin) {
        this(err, limits, stdin, OwnFacts::none);
    }

    /**
     * Readers of profiles that know the own facts the installed jurisdictions declare (asked for
     * when the first profile is read).
     */
    public Inputs(PrintWriter err, InputLimits limits, InputStream stdin, Supplier<OwnFacts> facts) {
        this.err = err;
        this.limits = limits;
        this.stdin = stdin;
        this.facts = facts;
    }

    /** A profile read from a file, with the path as the user gave it. */
    public record LoadedProfile(String path, Profile profile) {}

    /** Reads one profile. */
    public LoadedProfile profile(String path) {
        OwnFacts known = facts.get();
        return new LoadedProfile(path, read(path, tree -> ProfileReader.read(tree, known)));
    }

    /** Reads a registry file. */
    public Registry registry(String path) {
        return read(path, RegistryReader::read);
    }

    /** Reads a file (or standard input for {@code -}) with a kernel reader. */
    public <T> T read(String path, Function<Object, ReadResult<T>> reader) {
        return read(tree(path), reader);
    }

    /** Reads a tree already parsed with a kernel reader. */
    public <T> T read(TreeFile tree, Function<Object, ReadResult<T>> reader) {
        return read(tree, reader, w -> err.println("warning: " + w));
    }

    /** Reads a tree already parsed with a kernel reader, handing each warning to {@code warnings}. */
    public static <T> T read(TreeFile tree, Function<Object, ReadResult<T>> reader, java.util.function.Consumer<String> warnings) {
        Parsed<T> read = Documents.read(tree, reader);
        read.warnings().forEach(w -> warnings.accept(w.toString()));
        return read.orElseThrow();
    }

    /** Reads a file (or standard input for {@code -}, once per command) into a tree. */
    public TreeFile tree(String path) {
        if (TreeFile.STDIN.equals(path)) {
            if (stdinRead) {
                throw new InputException(io.consortia.io.input.InputProblem.of(TreeFile.STDIN_NAME, "standard input (-) can be read only once in a command"));
            }
            stdinRead = true;
        }
        return TreeFile.read(path, limits, stdin);
    }

    /** The limits every read is held to. */
    public InputLimits limits() {
        return limits;
    }
}
