package io.consortia.cli.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.consortia.kernel.input.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON file read into a plain tree (maps, lists, strings, numbers, booleans, null) for
 * the kernel's validating readers, with the line of every path so that problems can name it.
 * JSON is chosen by the {@code .json} ending, YAML otherwise (YAML also reads JSON).
 *
 * <p>Stricter than a plain Jackson read: duplicate keys and trailing documents are errors, and the
 * file must be UTF-8.
 */
public final class TreeFile {

    private final String displayName;
    private final Object tree;
    private final Map<String, Integer> lines;

    private TreeFile(String displayName, Object tree, Map<String, Integer> lines) {
        this.displayName = displayName;
        this.tree = tree;
        this.lines = lines;
    }

    /**
     * Reads a file.
     *
     * @param displayName the path as the user gave it, for messages
     * @throws InputException when the file is missing, unreadable, not UTF-8 or malformed
     */
    public static TreeFile read(Path file, String displayName) {
        if (Files.isDirectory(file)) {
            throw new InputException(displayName + ": is a directory, not a YAML or JSON file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayName + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(displayName + ": permission denied");
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot be read (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(displayName + ": is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, displayName, displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
    }

    /** Parses text already in memory. */
    public static TreeFile parse(String text, String displayName, boolean json) {
        JsonFactory factory = json ? JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build() : new YAMLFactory();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new TreeFile(displayName, null, lines);
            }
            Object tree = value(p, "", lines, displayName);
            JsonToken next = p.nextToken();
            if (next != null) {
                throw new InputException(displayName + ":" + p.currentTokenLocation().getLineNr()
                        + ": unexpected content after the end of the document (only one document per file)");
            }
            return new TreeFile(displayName, tree, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InputException(displayName + where + ": malformed " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(displayName + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The parser's own words without its location lines and source snippets (the location is
     * already in the message's prefix): SnakeYAML says "while parsing a flow sequence … expected
     * ',' or ']', but got …" over several lines.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.lines()
                .filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t") && !l.startsWith(" at [Source"))
                .map(String::strip)
                .reduce((a, b) -> a + "; " + b)
                .orElse("syntax error");
        return line.length() > 240 ? line.substring(0, 240) + "…" : line;
    }

    private static Object value(JsonParser p, String path, Map<String, Integer> lines, String displayName) throws IOException {
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int line = p.currentTokenLocation().getLineNr();
                    String child = path.isEmpty() ? key : path + "." + key;
                    if (map.containsKey(key)) {
                        throw new InputException(displayName + ":" + line + ": " + child + ": duplicate key \"" + key
                                + "\" (first at line " + lines.get(child) + ")");
                    }
                    lines.put(child, line);
                    p.nextToken();
                    map.put(key, value(p, child, lines, displayName));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, path + "[" + list.size() + "]", lines, displayName));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new InputException(displayName + ":" + p.currentTokenLocation().getLineNr() + ": unsupported content " + t);
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
    public int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return -1;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /** A problem as one line: {@code file:12: members[1].creditCode: what is wrong}. */
    public String describe(Problem problem) {
        int line = lineOf(problem.path());
        String where = line > 0 ? displayName + ":" + line : displayName;
        return problem.path().isEmpty() ? where + ": " + problem.message() : where + ": " + problem.path() + ": " + problem.message();
    }
}
