package io.consortia.cli.input;

import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the command's input files into kernel values, turning every problem into a line that
 * names the file, the line and the path. Warnings (unknown fields) go to stderr; errors stop the
 * command with exit 2 before anything is written to stdout.
 */
public final class Inputs {

    private final PrintWriter err;

    public Inputs(PrintWriter err) {
        this.err = err;
    }

    /** A profile read from a file, with the path as the user gave it. */
    public record LoadedProfile(String path, Path file, Profile profile) {}

    /** Reads every profile; reports the problems of all bad files at once. */
    public List<LoadedProfile> profiles(List<String> paths) {
        List<LoadedProfile> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            try {
                Path file = Path.of(path);
                out.add(new LoadedProfile(path, file, read(file, path, ProfileReader::read)));
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(path + ": not a valid file name");
            } catch (InputException e) {
                problems.addAll(e.lines());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** Reads a registry file. */
    public Registry registry(String path) {
        return read(Path.of(path), path, RegistryReader::read);
    }

    /** Reads a file with a kernel reader. */
    public <T> T read(Path file, String displayName, Function<Object, ReadResult<T>> reader) {
        TreeFile tree = TreeFile.read(file, displayName);
        ReadResult<T> result = reader.apply(tree.tree());
        for (Problem w : result.warnings()) {
            err.println("warning: " + tree.describe(w));
        }
        if (result.result().isInvalid()) {
            throw new InputException(result.result().getError().map(tree::describe).toJavaList());
        }
        return result.result().get();
    }
}
