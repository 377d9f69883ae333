package io.consortia.cli.input;

import io.consortia.io.input.TreeFile;
import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.ProfileLine;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The inputs of a survey, read one profile's bytes at a time so that memory stays flat for any
 * population: JSON Lines files (one profile per line; {@code -} is standard input), directories
 * (every {@code .yaml}, {@code .yml} and {@code .json} file in them, one profile each, and every
 * {@code .jsonl} or {@code .ndjson} file, read as JSON Lines; sub-directories too; names starting
 * with a dot are left out), and single profile files. Reading only splits the input into {@link
 * Item}s; {@link #profile(Item, Consumer)} parses one (on any thread: the survey's workers): a JSON
 * line straight into a profile ({@link ProfileLine}) when it is plainly valid, else, and for whole
 * files, through the tree, whose messages name the place. An input that cannot be read is reported
 * to the rejection sink and the others go on.
 */
public final class PopulationReader {

    /** How much of a JSON Lines input is read at a time. */
    private static final int CHUNK = 1 << 16;

    /**
     * One profile's input: a line of a JSON Lines input ({@code line} from 1) or a whole file
     * ({@code line} 0).
     */
    public record Item(String source, long line, byte[] bytes) {

        /** Where the item is, as messages name it: {@code pop.jsonl:17} or {@code dir/a.yaml}. */
        public String where() {
            return line > 0 ? source + ":" + line : source;
        }
    }

    private final InputLimits limits;
    private final InputStream stdin;
    private final Consumer<InputException> rejected;
    private boolean stdinRead;

    /**
     * @param rejected told of every input (or line) that cannot be read at all; the reading goes on
     */
    public PopulationReader(InputLimits limits, InputStream stdin, Consumer<InputException> rejected) {
        this.limits = limits;
        this.stdin = stdin;
        this.rejected = rejected;
    }

    /** What kind of input a name on the command line or in a directory is. */
    enum Kind { JSON_LINES, PROFILE, OTHER }

    static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        return TreeFile.Format.isYamlOrJson(n) ? Kind.PROFILE : Kind.OTHER;
    }

    /** Reads every input in order, handing each profile's bytes to the sink. */
    public void read(List<String> inputs, Consumer<Item> sink) {
        for (String input : inputs) {
            if (TreeFile.STDIN.equals(input)) {
                if (stdinRead) {
                    rejected.accept(new InputException(TreeFile.STDIN_NAME + ": standard input (-) can be read only once"));
                    continue;
                }
                stdinRead = true;
                jsonLines(stdin, TreeFile.STDIN_NAME, sink);
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                rejected.accept(new InputException(input + ": not a valid file name"));
                continue;
            }
            if (Files.isDirectory(path)) {
                directory(path, sink);
            } else if (kind(input) == Kind.PROFILE) {
                file(path, input, sink);
            } else {
                jsonLinesFile(path, input, sink);
            }
        }
    }

    private void directory(Path dir, Consumer<Item> sink) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.toString();
                    if (!hidden(f)) {
                        switch (kind(name)) {
                            case PROFILE -> file(f, name, sink);
                            case JSON_LINES -> jsonLinesFile(f, name, sink);
                            case OTHER -> { }
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    rejected.accept(new InputException(f + ": cannot be read (" + reason(e) + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rejected.accept(new InputException(dir + ": cannot be read (" + reason(e) + ")"));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }

    private void file(Path file, String name, Consumer<Item> sink) {
        byte[] bytes;
        try {
            bytes = TreeFile.bytes(file, name, limits);
        } catch (InputException e) {
            rejected.accept(e);
            return;
        }
        sink.accept(new Item(name, 0, bytes));
    }

    private void jsonLinesFile(Path file, String name, Consumer<Item> sink) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            rejected.accept(new InputException(name + ": " + reason(e)));
            return;
        }
        if (!attributes.isRegularFile()) {
            // A named pipe is a stream of lines like standard input; a device or a socket is not.
            if (!attributes.isOther() || !Files.isReadable(file)) {
                rejected.accept(new InputException(name + ": is not a regular file or a directory"));
                return;
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            jsonLines(in, name, sink);
        } catch (IOException e) {
            rejected.accept(new InputException(name + ": cannot be read (" + reason(e) + ")"));
        }
    }

    /**
     * Splits a stream into lines. Blank lines are skipped; a line ends at LF (a CR before it is
     * dropped); a byte-order mark before the first line is dropped. A line longer than the input
     * limit is skipped to its end without being held, and rejected.
     */
    private void jsonLines(InputStream in, String name, Consumer<Item> sink) {
        byte[] chunk = new byte[CHUNK];
        byte[] carry = new byte[1024];
        int carried = 0; // bytes of the current line from earlier chunks
        boolean tooLong = false;
        long number = 1;
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                int start = 0;
                for (int i = newline(chunk, 0, n); i < n; i = newline(chunk, i + 1, n)) {
                    if (carried == 0 && !tooLong) {
                        // The whole line is in this chunk: taken from it directly.
                        emit(name, number, chunk, start, i, i - start > limits.maxBytes(), sink);
                    } else {
                        if (!tooLong && (long) carried + (i - start) <= limits.maxBytes()) {
                            carry = append(carry, carried, chunk, start, i - start);
                            carried += i - start;
                        } else {
                            tooLong = true;
                        }
                        emit(name, number, carry, 0, carried, tooLong, sink);
                    }
                    number++;
                    carried = 0;
                    tooLong = false;
                    start = i + 1;
                }
                int rest = n - start;
                if (!tooLong && rest > 0) {
                    if ((long) carried + rest > limits.maxBytes()) {
                        tooLong = true;
                        carried = 0;
                    } else {
                        carry = append(carry, carried, chunk, start, rest);
                        carried += rest;
                    }
                }
                if (carried == 0 && carry.length > (1 << 20)) {
                    carry = new byte[1024]; // let a long line's buffer go
                }
            }
        } catch (IOException e) {
            rejected.accept(new InputException(name + ":" + number + ": cannot be read (" + reason(e) + ")"));
            return;
        }
        if (carried > 0 || tooLong) {
            emit(name, number, carry, 0, carried, tooLong, sink);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = ONES * '\n';

    /**
     * The index of the first LF in {@code b[from, to)}, or {@code to}: eight bytes at a time (a
     * byte-by-byte loop was a tenth of the time of reading a population).
     */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ LFS; // a byte that was LF is now 0
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] out = line;
        if (length + count > out.length) {
            out = Arrays.copyOf(out, Math.max(length + count, out.length * 2));
        }
        System.arraycopy(from, offset, out, length, count);
        return out;
    }

    /** Hands on line {@code number}, bytes {@code from} to {@code to} of {@code buffer}, unless it is blank. */
    private void emit(String name, long number, byte[] buffer, int from, int to, boolean tooLong, Consumer<Item> sink) {
        if (tooLong) {
            rejected.accept(new InputException(name + ":" + number + ": the line is larger than the input limit of "
                    + limits.describeMaxBytes() + "; raise it with --max-input-bytes"));
            return;
        }
        if (number == 1 && to - from >= 3 && (buffer[from] & 0xFF) == 0xEF && (buffer[from + 1] & 0xFF) == 0xBB
                && (buffer[from + 2] & 0xFF) == 0xBF) {
            from += 3; // a byte-order mark
        }
        if (to > from && buffer[to - 1] == '\r') {
            to--;
        }
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                sink.accept(new Item(name, number, Arrays.copyOfRange(buffer, from, to)));
                return;
            }
        }
    }

    /**
     * Parses one item into a profile.
     *
     * @param warnings told of each warning (an unknown field), as a line naming the place
     * @throws InputException when the item is not a valid profile; its lines name the place
     */
    public Profile profile(Item item, Consumer<String> warnings) {
        if (item.line() > 0) {
            // Most lines of a population are plainly valid: read straight from the parser's
            // tokens. Any other line is read through the tree, which names what is wrong.
            Optional<Profile> plain = ProfileLine.read(item.bytes(), 0, item.bytes().length, limits);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        return throughTree(item, warnings);
    }

    /** As {@link #profile(Item, Consumer)}, always through the tree (what the fast path must agree with). */
    Profile throughTree(Item item, Consumer<String> warnings) {
        TreeFile tree = item.line() > 0
                ? TreeFile.parseLine(item.bytes(), 0, item.bytes().length, item.source(), item.line(), limits)
                : TreeFile.parse(item.bytes(), item.source(), TreeFile.Format.of(item.source()), limits);
        return Inputs.read(tree, ProfileReader::read, warnings);
    }

}
