package io.consortia.kernel.code;

import io.vavr.control.Either;
import java.util.Set;

/**
 * A six-digit administrative division code (行政区划代码), GB/T 2260. The first two digits name a
 * province-level division; containment in a {@link Region} is by prefix.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    /** The province-level prefixes of GB/T 2260 (including 71 Taiwan, 81 Hong Kong, 82 Macao). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    /** {@link #PROVINCES} by number (codes are read by the million in surveys: no substring, no set lookup). */
    private static final boolean[] PROVINCE = new boolean[100];

    static {
        PROVINCES.forEach(p -> PROVINCE[Integer.parseInt(p)] = true);
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Validates: a {@code DivisionCode} is always a valid code. Use {@link #parse} for untrusted text. */
    public DivisionCode {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * Parses and validates a division code.
     *
     * @return the code, or a sentence in English saying what is wrong with the text
     */
    public static Either<String, DivisionCode> parse(String text) {
        String problem = problem(text);
        return problem == null ? Either.right(new DivisionCode(text)) : Either.left(problem);
    }

    /** What is wrong with the text as a division code, or {@code null} when nothing is. */
    private static String problem(String text) {
        if (text == null || text.length() != 6 || !digits(text)) {
            return "a division code is 6 digits (GB/T 2260); got \"" + text + "\"";
        }
        if (!PROVINCE[(text.charAt(0) - '0') * 10 + text.charAt(1) - '0']) {
            return "\"" + text + "\" does not start with a GB/T 2260 province code (11-65, 71, 81, 82)";
        }
        return null;
    }

    /** Parses a code known to be valid; throws on anything else (for constants and tests). */
    public static DivisionCode of(String text) {
        return new DivisionCode(text);
    }

    /**
     * The code as a number ({@code 320505}), for containment tests without strings: the six digits
     * read directly (the code is valid, so no parsing is needed).
     *
     * @since 0.3
     */
    public int number() {
        int n = 0;
        for (int i = 0; i < 6; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    /** Whether this code lies within the region (prefix containment). */
    public boolean within(Region region) {
        return value.startsWith(region.prefix());
    }

    @Override
    public int compareTo(DivisionCode o) {
        return value.compareTo(o.value);
    }

    /** The code itself, as users write it. */
    @Override
    public String toString() {
        return value;
    }
}
