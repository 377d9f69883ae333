package io.consortia.io.input;

import java.util.Objects;

/**
 * One thing wrong with an input, with its place: the input's name (a file as the user gave it,
 * {@code <stdin>}, or what a host called it), the line and column when known, and the path of the
 * value inside the document ({@code members[3].registeredIn}) when there is one.
 *
 * @param source the input's name; empty for a problem that is not in an input (bad usage)
 * @param line the 1-based line, or -1 when not known
 * @param column the 1-based column, or -1 when not known
 * @param path the path of the value, or empty for the whole input
 * @param message what is wrong, in English
 * @since 0.2
 */
public record InputProblem(String source, int line, int column, String path, String message) {

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with the input as a whole: {@code file: message}. */
    public static InputProblem of(String source, String message) {
        return new InputProblem(source, -1, -1, "", message);
    }

    /** A problem at a line: {@code file:12: message}. */
    public static InputProblem at(String source, int line, String message) {
        return new InputProblem(source, line, -1, "", message);
    }

    /** A line that is already a whole message (bad usage, not in an input). */
    public static InputProblem usage(String message) {
        return new InputProblem("", -1, -1, "", message);
    }

    /** The problem as one line: {@code file:12: members[1].creditCode: what is wrong}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        if (s.length() > 0) {
            s.append(": ");
        }
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
