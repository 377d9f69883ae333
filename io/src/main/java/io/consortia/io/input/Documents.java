package io.consortia.io.input;

import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.lifecycle.History;
import io.consortia.kernel.lifecycle.HistoryReader;
import io.consortia.kernel.lifecycle.LifecyclePolicy;
import io.consortia.kernel.profile.OwnFacts;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.registry.Registry;
import io.consortia.kernel.registry.RegistryReader;
import io.vavr.control.Either;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads profiles, registries and histories from YAML or JSON (text, bytes or a stream) into kernel
 * values, within {@link InputLimits}, without throwing: a malformed document, a value the kernel's
 * reader refuses, an input over the limits, each becomes an {@link InputProblem} naming the input,
 * the line and the path. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Documents {

    private Documents() {}

    /**
     * Reads a profile from text; {@code known} are the facts of their own the installed
     * jurisdictions declare (read with their types checked; any other is warned and ignored).
     */
    public static Parsed<Profile> profile(String text, String name, TreeFile.Format format, InputLimits limits, OwnFacts known) {
        return read(() -> TreeFile.parse(text, name, format, limits), t -> ProfileReader.read(t, known));
    }

    /** Reads a profile from a stream (at most the size limit and one byte are read; the stream is not closed). */
    public static Parsed<Profile> profile(InputStream in, String name, TreeFile.Format format, InputLimits limits, OwnFacts known) {
        return read(() -> TreeFile.read(in, name, format, limits), t -> ProfileReader.read(t, known));
    }

    /** Reads a profile from a tree already parsed (maps, lists, strings, numbers, booleans, null). */
    public static Parsed<Profile> profile(TreeFile tree, OwnFacts known) {
        return read(() -> tree, t -> ProfileReader.read(t, known));
    }

    /** Reads a registry from text. */
    public static Parsed<Registry> registry(String text, String name, TreeFile.Format format, InputLimits limits) {
        return read(() -> TreeFile.parse(text, name, format, limits), RegistryReader::read);
    }

    /** Reads a lifecycle history from text, knowing the installed lifecycle policies by jurisdiction id. */
    public static Parsed<History> history(String text, String name, TreeFile.Format format, InputLimits limits,
                                          Map<String, LifecyclePolicy> policies) {
        return read(() -> TreeFile.parse(text, name, format, limits), t -> HistoryReader.read(t, policies));
    }

    /** Parses an input and reads the tree with a kernel reader, every problem located in the input. */
    public static <T> Parsed<T> read(java.util.function.Supplier<TreeFile> parse, Function<Object, ReadResult<T>> reader) {
        TreeFile tree;
        try {
            tree = parse.get();
        } catch (InputException bad) {
            return new Parsed<>(Either.left(bad.problems()), List.of());
        }
        return read(tree, reader);
    }

    /** Reads a parsed tree with a kernel reader, every problem located in the input. */
    public static <T> Parsed<T> read(TreeFile tree, Function<Object, ReadResult<T>> reader) {
        ReadResult<T> result = reader.apply(tree.tree());
        List<InputProblem> warnings = tree.locate(result.warnings().asJava());
        if (result.result().isInvalid()) {
            return new Parsed<>(Either.left(tree.locate(result.result().getError().asJava())), warnings);
        }
        return new Parsed<>(Either.right(result.result().get()), warnings);
    }
}
