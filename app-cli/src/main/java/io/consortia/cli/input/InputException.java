package io.consortia.cli.input;

import java.util.List;

/**
 * Bad input or bad usage: the command stops with exit status 2 and prints the lines, without a
 * stack trace. Each line names the file, the place and what is wrong.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    public InputException(String line) {
        this(List.of(line));
    }

    public InputException(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
