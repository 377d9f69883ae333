package io.consortia.kernel.code;

import io.vavr.control.Either;
import java.util.Set;

/**
 * A six-digit administrative division code (行政区划代码), GB/T 2260. The first two digits name a
 * province-level division; containment in a {@link Region} is by prefix.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    /** The province-level prefixes of GB/T 2260 (including 71 Taiwan, 81 Hong Kong, 82 Macao). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a division code.
     *
     * @return the code, or a sentence in English saying what is wrong with the text
     */
    public static Either<String, DivisionCode> parse(String text) {
        if (text == null || text.length() != 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Either.left("a division code is 6 digits (GB/T 2260); got \"" + text + "\"");
        }
        if (!PROVINCES.contains(text.substring(0, 2))) {
            return Either.left("\"" + text + "\" does not start with a GB/T 2260 province code (11-65, 71, 81, 82)");
        }
        return Either.right(new DivisionCode(text));
    }

    /** Parses a code known to be valid; throws on anything else (for constants and tests). */
    public static DivisionCode of(String text) {
        return parse(text).getOrElseThrow((String m) -> new IllegalArgumentException(m));
    }

    /** Whether this code lies within the region (prefix containment). */
    public boolean within(Region region) {
        return value.startsWith(region.prefix());
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(DivisionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
