package io.consortia.io.input;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * What reading one input gave: the value, or every problem with its place; and the warnings
 * (unknown fields, ignored) either way. Immutable.
 *
 * @param value the value read, or the problems that stopped it (never empty)
 * @param warnings what the reader ignored, with places
 * @param <T> what was read
 * @since 0.2
 */
public record Parsed<T>(Either<List<InputProblem>, T> value, List<InputProblem> warnings) {

    public Parsed {
        Objects.requireNonNull(value, "value");
        value = value.mapLeft(List::copyOf);
        warnings = List.copyOf(warnings);
    }

    /** Whether a value was read. */
    public boolean ok() {
        return value.isRight();
    }

    /** The value, or an {@link InputException} with the problems. */
    public T orElseThrow() {
        return value.getOrElseThrow(InputException::of);
    }
}
