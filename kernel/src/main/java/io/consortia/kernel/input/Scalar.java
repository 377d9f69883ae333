package io.consortia.kernel.input;

import java.util.Objects;

/**
 * A plain scalar that a parser resolved to a number or a boolean, with its text as written. A YAML
 * 1.1 parser reads {@code 010} as the number 8 and {@code NO} as false; a field that wants text (an
 * id, a division code, a name) reads the text as written instead, so ids are never rewritten.
 * Trees built in code may hold plain numbers and booleans as well.
 *
 * @param value the number or boolean the parser resolved
 * @param text the scalar as it stands in the file
 */
public record Scalar(Object value, String text) {
    public Scalar {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        if (!(value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException("a scalar is a number or a boolean, not " + value.getClass().getName());
        }
    }
}
