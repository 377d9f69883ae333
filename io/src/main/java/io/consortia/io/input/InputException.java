package io.consortia.io.input;

import java.util.List;

/**
 * Bad input or bad usage, thrown by the readers of this package (and by the command, which stops
 * with exit status 2 and prints the lines, without a stack trace). Each problem names the input,
 * the place and what is wrong. Hosts that want values use {@link Documents}, which catches it.
 *
 * @since 0.1
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    /** One line that is the whole message (bad usage). */
    public InputException(String line) {
        this(List.of(InputProblem.usage(line)), 0);
    }

    /** Lines that are whole messages. */
    public InputException(List<String> lines) {
        this(lines.stream().map(InputProblem::usage).toList(), 0);
    }

    /** One located problem. */
    public InputException(InputProblem problem) {
        this(List.of(problem), 0);
    }

    private InputException(List<InputProblem> problems, int unused) {
        super(String.join("\n", problems.stream().map(InputProblem::toString).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Located problems. */
    public static InputException of(List<InputProblem> problems) {
        return new InputException(problems, 0);
    }

    /** The problems, in order. */
    public List<InputProblem> problems() {
        return problems;
    }

    /** The problems as lines, in order. */
    public List<String> lines() {
        return problems.stream().map(InputProblem::toString).toList();
    }
}
