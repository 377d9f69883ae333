package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A remark on an accepted event: what it did without changing the state, a deadline it sets, a
 * measure it brought, a deviation it is accepted with. The code is stable ({@code LATE},
 * {@code VALIDITY_OVER_3_YEARS}); the text is for people.
 *
 * @since 0.2
 */
public record Note(String code, Text text) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public Note {
        Objects.requireNonNull(text, "text");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a note's code is UPPER_SNAKE: " + code);
        }
    }

    public static Note of(String code, Text text) {
        return new Note(code, text);
    }

    public String zh() {
        return text.zh();
    }

    public String en() {
        return text.en();
    }
}
