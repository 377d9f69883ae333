package io.consortia.io.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.Scalar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A YAML or JSON input (a file, a stream, bytes or text) read into a plain tree (maps, lists, strings, numbers, booleans, null) for
 * the kernel's validating readers, and able to name the line of any path so that problems can say
 * where they are. JSON is chosen by the {@code .json} ending, YAML otherwise (YAML also reads
 * JSON); standard input ({@code -}) is read as YAML.
 *
 * <p>Stricter than a plain Jackson read, and bounded ({@link InputLimits}): only regular files or
 * standard input; never more than the size limit and one byte read; UTF-8 only; one document;
 * no duplicate keys; no YAML aliases (Jackson would read {@code *n} as the text "n"); at most
 * {@link InputLimits#MAX_VALUES} values nested at most {@link InputLimits#MAX_DEPTH} deep; YAML
 * lines of at most {@link InputLimits#MAX_YAML_LINE} characters. A number or boolean keeps its text
 * as written when the parser's reading differs ({@code 010}, {@code NO}), as a {@link Scalar}.
 *
 * <p>Lines are not stored per value (that cost more than the tree): when problems need them, the
 * text is walked once more and only the lines asked for are kept.
 */
public final class TreeFile {

    /** The input's format. */
    public enum Format {
        YAML, JSON;

        /** JSON for a name ending in {@code .json}, else YAML. */
        public static Format of(String name) {
            return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }

        /** Whether a file name ends in {@code .yaml}, {@code .yml} or {@code .json}. */
        public static boolean isYamlOrJson(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
        }
    }

    /** The argument that names standard input. */
    public static final String STDIN = "-";
    /** How messages name standard input. */
    public static final String STDIN_NAME = "<stdin>";

    private final String displayName;
    private final Object tree;
    /** The input as parsed: a {@code String}, or the UTF-8 bytes of a JSON line. */
    private final Object text;
    private final Format format;
    private final InputLimits limits;
    /** What to add to the parser's line numbers: the line before a JSON Lines document, else 0. */
    private final long lineOffset;

    private TreeFile(String displayName, Object tree, Object text, Format format, InputLimits limits, long lineOffset) {
        this.displayName = displayName;
        this.tree = tree;
        this.text = text;
        this.format = format;
        this.limits = limits;
        this.lineOffset = lineOffset;
    }

    /**
     * Reads a file, or standard input when the path is {@code -}.
     *
     * @param path the path as the user gave it, for messages
     * @throws InputException when the input is missing, not a regular file, too large, not UTF-8
     *     or malformed
     */
    public static TreeFile read(String path, InputLimits limits, InputStream stdin) {
        if (STDIN.equals(path)) {
            return parse(limited(stdin, STDIN_NAME, limits), STDIN_NAME, Format.YAML, limits);
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            throw new InputException(InputProblem.of(path, "not a valid file name"));
        }
        return read(file, path, limits);
    }

    /**
     * Reads a file.
     *
     * @param displayName the path as the user gave it, for messages
     */
    public static TreeFile read(Path file, String displayName, InputLimits limits) {
        return parse(bytes(file, displayName, limits), displayName, Format.of(displayName), limits);
    }

    /**
     * Reads a stream: at most the size limit and one byte are read, then parsed. The stream is not
     * closed.
     *
     * @param displayName what messages call the input
     */
    public static TreeFile read(InputStream in, String displayName, Format format, InputLimits limits) {
        return parse(limited(in, displayName, limits), displayName, format, limits);
    }

    /** The bytes of a regular file, refused before reading when it is anything else or too large. */
    public static byte[] bytes(Path file, String displayName, InputLimits limits) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new InputException(InputProblem.of(displayName, "is a directory, not a YAML or JSON file"));
            }
            if (!attributes.isRegularFile()) {
                throw new InputException(InputProblem.of(displayName, "is not a regular file (a device, a pipe or a socket); "
                        + "give a YAML or JSON file, or - to read standard input"));
            }
            if (attributes.size() > limits.maxBytes()) {
                throw tooLarge(displayName, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return limited(in, displayName, limits);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.of(displayName, "no such file"));
        } catch (AccessDeniedException e) {
            throw new InputException(InputProblem.of(displayName, "permission denied"));
        } catch (FileSystemException e) {
            throw new InputException(InputProblem.of(displayName, "cannot be read (" + (e.getReason() == null ? "file system error" : e.getReason()) + ")"));
        } catch (IOException e) {
            throw new InputException(InputProblem.of(displayName, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** At most the limit and one byte from a stream: one byte more says that it is too large. */
    private static byte[] limited(InputStream in, String displayName, InputLimits limits) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException e) {
            throw new InputException(InputProblem.of(displayName, "cannot be read (" + e.getMessage() + ")"));
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(displayName, limits);
        }
        return bytes;
    }

    private static InputException tooLarge(String displayName, InputLimits limits) {
        return new InputException(InputProblem.of(displayName, "is larger than the input limit of " + limits.describeMaxBytes() + limits.advice()));
    }

    /** Parses bytes already read: UTF-8 (a byte-order mark is allowed), then YAML or JSON. */
    public static TreeFile parse(byte[] bytes, String displayName, Format format, InputLimits limits) {
        return parse(text(bytes, displayName, limits), displayName, format, limits);
    }

    /**
     * The text of a file, or of standard input when the path is {@code -}, with the checks of
     * {@link #read(String, InputLimits, InputStream)} (a regular file, within the size limit,
     * UTF-8), not parsed: for inputs of several documents, such as JSON Lines.
     */
    public static String readText(String path, InputLimits limits, InputStream stdin) {
        if (STDIN.equals(path)) {
            return text(limited(stdin, STDIN_NAME, limits), STDIN_NAME, limits);
        }
        try {
            return text(bytes(Path.of(path), path, limits), path, limits);
        } catch (InvalidPathException e) {
            throw new InputException(InputProblem.of(path, "not a valid file name"));
        }
    }

    /** Bytes as UTF-8 text (a byte-order mark is dropped), within the size limit. */
    private static String text(byte[] bytes, String displayName, InputLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(displayName, limits);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(InputProblem.of(displayName, "is not UTF-8 text"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Parses one line of a JSON Lines file: UTF-8 JSON, one document, within the limits. Problems
     * name the file and this line ({@code pop.jsonl:17: members[0].kind: …}).
     *
     * @param lineNumber the line's number in the file, from 1
     */
    public static TreeFile parseLine(byte[] bytes, int offset, int length, String displayName, long lineNumber, InputLimits limits) {
        if (length > limits.maxBytes()) {
            throw new InputException(InputProblem.at(displayName, lineOf(lineNumber), "the line is larger than the input limit of "
                    + limits.describeMaxBytes() + limits.advice()));
        }
        // Jackson reads the UTF-8 bytes itself (and refuses malformed UTF-8): no decoding into a String first.
        byte[] line = offset == 0 && length == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        return parse(line, displayName, Format.JSON, limits, lineNumber - 1);
    }

    /** A line number as problems hold it (a JSON Lines file beyond 2^31 lines names its last line so). */
    private static int lineOf(long line) {
        return (int) Math.min(Integer.MAX_VALUE, line);
    }

    /** Parses text already in memory: held to the size limit as its UTF-8 bytes would be. */
    public static TreeFile parse(String text, String displayName, Format format, InputLimits limits) {
        if ((long) text.length() > limits.maxBytes() || (long) text.length() * 3 > limits.maxBytes() && utf8Length(text) > limits.maxBytes()) {
            throw tooLarge(displayName, limits);
        }
        return parse(text, displayName, format, limits, 0);
    }

    /** Parses a String, or (JSON only) UTF-8 bytes. */
    private static TreeFile parse(Object text, String displayName, Format format, InputLimits limits, long lineOffset) {
        if (format == Format.YAML) {
            checkLineLengths((String) text, displayName);
        }
        JsonParser p = null;
        try {
            p = parser(text, format, limits);
            if (p.nextToken() == null) {
                return new TreeFile(displayName, null, text, format, limits, lineOffset);
            }
            Object tree = new Builder(p, displayName, text, format, limits, lineOffset).value(null);
            if (p.nextToken() != null) {
                throw new InputException(InputProblem.at(displayName, lineOf(p.currentTokenLocation().getLineNr() + lineOffset),
                        "unexpected content after the end of the document (only one document per "
                        + (lineOffset > 0 || displayName.endsWith(".jsonl") ? "line" : "file; JSON Lines files end in .jsonl") + ")"));
            }
            return new TreeFile(displayName, tree, text, format, limits, lineOffset);
        } catch (JsonProcessingException e) {
            throw malformed(e, p, displayName, format, lineOffset, text);
        } catch (IOException e) {
            throw new InputException(InputProblem.of(displayName, "cannot be read (" + e.getMessage() + ")"));
        } finally {
            close(p);
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : Character.isLowSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // reading from a string: nothing to release
            }
        }
    }

    private static JsonParser parser(Object text, Format format, InputLimits limits) throws IOException {
        if (text instanceof byte[] bytes) {
            return limits.json().createParser(bytes);
        }
        return format == Format.JSON ? limits.json().createParser((String) text) : limits.yaml().createParser((String) text);
    }

    private static void checkLineLengths(String text, String displayName) {
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > InputLimits.MAX_YAML_LINE) {
                    throw new InputException(InputProblem.at(displayName, line, "the line is " + (i - start) + " characters long; YAML lines are limited to "
                            + InputLimits.MAX_YAML_LINE + " (write long data as JSON, in a .json file)"));
                }
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Whether the bytes are well-formed UTF-8 (asked only when a JSON line did not parse, to say why). */
    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static InputException malformed(JsonProcessingException e, JsonParser p, String displayName, Format format, long lineOffset, Object text) {
        JsonLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 0) && p != null) {
            at = p.currentLocation();
        }
        int line = at == null || at.getLineNr() < 0 ? -1 : lineOf(at.getLineNr() + lineOffset);
        int column = line < 0 ? -1 : at.getColumnNr();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Invalid UTF-8") || text instanceof byte[] bytes && !isUtf8(bytes)) {
            return new InputException(InputProblem.at(displayName, line, "is not UTF-8 text"));
        }
        String what;
        if (e instanceof StreamConstraintsException) {
            what = message.contains("nesting depth")
                    ? "mappings and lists nest more than " + InputLimits.MAX_DEPTH + " levels deep"
                    : "exceeds a limit: " + firstLine(message.replaceAll(",? ?\\(?from `[^`]*`\\)?", ""));
        } else if (message.contains("AliasEvent")) {
            what = "a YAML alias (*name) cannot be a key; aliases are not supported";
        } else if (message.contains("SequenceStartEvent") || message.contains("MappingStartEvent")) {
            what = "malformed YAML: a key must be plain text, not a list or a mapping";
        } else {
            what = "malformed " + format + ": " + firstLine(message);
        }
        return new InputException(new InputProblem(displayName, line, column, "", what));
    }

    /**
     * The parser's own words without its location lines and source snippets (the location is
     * already in the message's prefix): SnakeYAML says "while parsing a flow sequence … expected
     * ',' or ']', but got …" over several lines.
     */
    private static String firstLine(String message) {
        String line = message.lines()
                .filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t") && !l.startsWith(" at [Source"))
                .map(String::strip)
                .reduce((a, b) -> a + "; " + b)
                .orElse("syntax error");
        return line.length() > 240 ? line.substring(0, 240) + "…" : line;
    }

    /**
     * Where a value is: its parent and its key or index ({@code null} is the document). Made into
     * text ({@code members[3].finances}) only when a message names it: building every value's path
     * as text cost more than the tree.
     */
    private record At(At parent, String key, int index) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            append(out, this);
            return out.toString();
        }

        private static void append(StringBuilder out, At at) {
            if (at.parent != null) {
                append(out, at.parent);
            }
            if (at.key != null) {
                if (at.parent != null) {
                    out.append('.');
                }
                out.append(at.key);
            } else {
                out.append('[').append(at.index).append(']');
            }
        }
    }

    /** Builds the tree from the parser's tokens, counting values. */
    private static final class Builder {
        private final JsonParser p;
        private final String displayName;
        private final Object text;
        private final Format format;
        private final InputLimits limits;
        private final long lineOffset;
        private int values;

        Builder(JsonParser p, String displayName, Object text, Format format, InputLimits limits, long lineOffset) {
            this.p = p;
            this.displayName = displayName;
            this.text = text;
            this.format = format;
            this.limits = limits;
            this.lineOffset = lineOffset;
        }

        private long line() {
            return p.currentTokenLocation().getLineNr() + lineOffset;
        }

        Object value(At at) throws IOException {
            if (++values > InputLimits.MAX_VALUES) {
                throw new InputException(InputProblem.at(displayName, lineOf(line()), "more than " + InputLimits.MAX_VALUES
                        + " values in one document"));
            }
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        At childAt = new At(at, key, -1);
                        if (map.containsKey(key)) {
                            String child = childAt.toString();
                            long line = line();
                            Integer first = lines(text, format, limits, Set.of(child)).get(child);
                            first = first == null ? null : (int) (first + lineOffset);
                            throw new InputException(new InputProblem(displayName, lineOf(line), -1, child, "duplicate key \"" + key
                                    + "\"" + (first == null ? "" : " (first at line " + first + ")")));
                        }
                        p.nextToken();
                        map.put(key, value(childAt));
                    }
                    return map;
                }
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(value(new At(at, null, list.size())));
                    }
                    return list;
                }
                case VALUE_STRING:
                    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                        throw problem(at, "YAML aliases (*" + brief(p.getText()) + ") are not supported; write the value out in full");
                    }
                    return p.getText();
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: {
                    Number n;
                    try {
                        n = t == JsonToken.VALUE_NUMBER_INT ? p.getNumberValue() : p.getDecimalValue();
                    } catch (NumberFormatException e) {
                        // An exponent beyond what a BigDecimal holds (1e-9989999999): found by fuzzing.
                        throw problem(at, "the number " + brief(p.getText()) + " is out of range");
                    }
                    return asWritten(n, p.getText());
                }
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return asWritten(t == JsonToken.VALUE_TRUE, p.getText());
                case VALUE_NULL:
                    return null;
                default:
                    throw problem(at, "unsupported content (a binary or tagged YAML value)");
            }
        }

        private InputException problem(At at, String message) {
            return new InputException(new InputProblem(displayName, lineOf(line()), -1, at == null ? "" : at.toString(), message));
        }

        /** The value itself when its text is the usual one, else the value with its text. */
        private static Object asWritten(Object value, String written) {
            return written.equals(value.toString()) ? value : new Scalar(value, written);
        }

        private static String brief(String name) {
            return name.length() > 32 ? name.substring(0, 32) + "…" : name;
        }
    }

    /** The tree; {@code null} for an empty document. */
    public Object tree() {
        return tree;
    }

    public String displayName() {
        return displayName;
    }

    /** The line of a path, or of its nearest ancestor that is in the file; -1 when none is. */
    public long lineOf(String path) {
        int line = lineOf(path, lines(List.of(path)));
        return line > 0 ? line + lineOffset : line;
    }

    private static int lineOf(String path, Map<String, Integer> lines) {
        for (String p = path; ; p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return -1;
            }
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** A problem as one line: {@code file:12: members[1].creditCode: what is wrong}. */
    public String describe(Problem problem) {
        return describe(List.of(problem)).get(0);
    }

    /** Problems as lines, in order, with one walk over the text for all their lines. */
    public List<String> describe(Collection<Problem> problems) {
        return locate(problems).stream().map(InputProblem::toString).toList();
    }

    /** A kernel reader's problem with its place in this input. */
    public InputProblem locate(Problem problem) {
        return locate(List.of(problem)).get(0);
    }

    /** Kernel readers' problems with their places in this input, in order, with one walk over the text for all their lines. */
    public List<InputProblem> locate(Collection<Problem> problems) {
        List<String> paths = new ArrayList<>();
        problems.forEach(pr -> paths.add(pr.path()));
        Map<String, Integer> lines = lines(paths);
        List<InputProblem> out = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            int line = lineOf(problem.path(), lines);
            out.add(new InputProblem(displayName, line > 0 ? lineOf(line + lineOffset) : -1, -1, problem.path(), problem.message()));
        }
        return out;
    }

    private Map<String, Integer> lines(Collection<String> paths) {
        if (tree == null) {
            return Map.of();
        }
        Set<String> wanted = new HashSet<>();
        for (String path : paths) {
            for (String p = path; wanted.add(p) && !p.isEmpty(); p = parent(p)) {
                // each path with its ancestors, to fall back on the nearest one in the file
            }
        }
        return lines(text, format, limits, wanted);
    }

    private static final class Frame {
        final String path;
        final boolean object;
        String key;
        int index;

        Frame(String path, boolean object) {
            this.path = path;
            this.object = object;
        }
    }

    /**
     * The lines of the wanted paths: a walk over the tokens that names each value's path as the
     * tree builder does (a key's line for a mapping entry) and stops once every path is found.
     */
    private static Map<String, Integer> lines(Object text, Format format, InputLimits limits, Set<String> wanted) {
        Map<String, Integer> found = new HashMap<>();
        try (JsonParser p = parser(text, format, limits)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken t;
            while (found.size() < wanted.size() && (t = p.nextToken()) != null) {
                Frame top = stack.peek();
                if (t == JsonToken.FIELD_NAME) {
                    top.key = top.path.isEmpty() ? p.currentName() : top.path + "." + p.currentName();
                    if (wanted.contains(top.key)) {
                        found.putIfAbsent(top.key, p.currentTokenLocation().getLineNr());
                    }
                    continue;
                }
                if (t.isStructEnd()) {
                    stack.pop();
                    if (stack.isEmpty()) {
                        break;
                    }
                    continue;
                }
                String path = top == null ? "" : top.object ? top.key : top.path + "[" + top.index++ + "]";
                if (wanted.contains(path)) {
                    found.putIfAbsent(path, p.currentTokenLocation().getLineNr());
                }
                if (t.isStructStart()) {
                    stack.push(new Frame(path, t == JsonToken.START_OBJECT));
                } else if (top == null) {
                    break;
                }
            }
        } catch (IOException e) {
            // The text parsed once already; lines found so far are all there is.
        }
        return found;
    }
}
