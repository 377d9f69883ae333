package io.consortia.cli.input;

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
import java.util.function.Consumer;

/**
 * The inputs of a survey, read one profile's bytes at a time so that memory stays flat for any
 * population: JSON Lines files (one profile per line; {@code -} is standard input), directories
 * (every {@code .yaml}, {@code .yml} and {@code .json} file in them, one profile each, and every
 * {@code .jsonl} or {@code .ndjson} file, read as JSON Lines; sub-directories too; names starting
 * with a dot are left out), and single profile files. Reading only splits the input into {@link
 * Item}s; {@link #profile(Item)} parses one (on any thread). An input that cannot be read is
 * reported to the rejection sink and the others go on.
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
        byte[] line = new byte[1024];
        int length = 0;
        boolean tooLong = false;
        long number = 1;
        boolean first = true;
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') {
                        continue;
                    }
                    int take = i - start;
                    if (!tooLong) {
                        if ((long) length + take > limits.maxBytes()) {
                            tooLong = true;
                        } else {
                            line = append(line, length, chunk, start, take);
                            length += take;
                        }
                    }
                    emit(name, number++, line, length, tooLong, first, sink);
                    first = false;
                    length = 0;
                    tooLong = false;
                    start = i + 1;
                }
                int take = n - start;
                if (!tooLong && take > 0) {
                    if ((long) length + take > limits.maxBytes()) {
                        tooLong = true;
                    } else {
                        line = append(line, length, chunk, start, take);
                        length += take;
                    }
                }
                if (line.length > (1 << 20) && length == 0) {
                    line = new byte[1024]; // let a long line's buffer go
                }
            }
        } catch (IOException e) {
            rejected.accept(new InputException(name + ":" + number + ": cannot be read (" + reason(e) + ")"));
            return;
        }
        if (length > 0 || tooLong) {
            emit(name, number, line, length, tooLong, first, sink);
        }
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] out = line;
        if (length + count > out.length) {
            out = Arrays.copyOf(out, Math.max(length + count, out.length * 2));
        }
        System.arraycopy(from, offset, out, length, count);
        return out;
    }

    private void emit(String name, long number, byte[] line, int length, boolean tooLong, boolean first, Consumer<Item> sink) {
        if (tooLong) {
            rejected.accept(new InputException(name + ":" + number + ": the line is larger than the input limit of "
                    + limits.describeMaxBytes() + "; raise it with --max-input-bytes"));
            return;
        }
        int from = 0;
        int to = length;
        if (first && to >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        if (to > from && line[to - 1] == '\r') {
            to--;
        }
        boolean blank = true;
        for (int i = from; i < to && blank; i++) {
            byte b = line[i];
            blank = b == ' ' || b == '\t' || b == '\r';
        }
        if (!blank) {
            sink.accept(new Item(name, number, Arrays.copyOfRange(line, from, to)));
        }
    }

    /**
     * Parses one item into a profile.
     *
     * @param warnings told of each warning (an unknown field), as a line naming the place
     * @throws InputException when the item is not a valid profile; its lines name the place
     */
    public Profile profile(Item item, Consumer<String> warnings) {
        TreeFile tree = item.line() > 0
                ? TreeFile.parseLine(item.bytes(), 0, item.bytes().length, item.source(), item.line(), limits)
                : TreeFile.parse(item.bytes(), item.source(), TreeFile.Format.of(item.source()), limits);
        return Inputs.read(tree, ProfileReader::read, warnings);
    }

}
