package io.consortia.kernel.code;

import io.vavr.control.Either;

/**
 * A unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-letter
 * alphabet (digits and capitals without I, O, S, V, Z); characters 3 to 8 are the registering
 * division's code; the 18th is a check character over the first 17.
 *
 * <p>Instances are valid by construction (the constructor throws on anything else): use {@link
 * #parse} for untrusted text.
 */
public record CreditCode(String value) implements Comparable<CreditCode> {

    /** The code's alphabet; a character's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = weights();

    /** Validates: a {@code CreditCode} is always a valid code. Use {@link #parse} for untrusted text. */
    public CreditCode {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static int[] weights() {
        int[] w = new int[17];
        int p = 1;
        for (int i = 0; i < 17; i++) {
            w[i] = p;
            p = p * 3 % 31;
        }
        return w;
    }

    /**
     * Parses and validates a credit code.
     *
     * @return the code, or a sentence in English saying what is wrong with the text
     */
    public static Either<String, CreditCode> parse(String text) {
        String problem = problem(text);
        return problem == null ? Either.right(new CreditCode(text)) : Either.left(problem);
    }

    /** What is wrong with the text as a credit code, or {@code null} when nothing is. */
    private static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "a credit code is 18 characters; got an empty value";
        }
        if (text.length() != 18) {
            return "a credit code is 18 characters; got " + text.length() + " in \"" + text + "\"";
        }
        for (int i = 0; i < 18; i++) {
            char c = text.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return "character " + (i + 1) + " '" + c + "' of \"" + text
                        + "\" is not in the GB 32100 alphabet (digits and capitals other than I, O, S, V, Z)";
            }
            if (i >= 2 && i <= 7 && !Character.isDigit(c)) {
                return "characters 3-8 of \"" + text + "\" are a division code and must be digits";
            }
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            return "check character of \"" + text + "\" is '" + text.charAt(17) + "' but GB 32100-2015 gives '" + expected + "'";
        }
        return null;
    }

    /** Parses a code known to be valid; throws on anything else (for constants and tests). */
    public static CreditCode of(String text) {
        return new CreditCode(text);
    }

    /** Whether the text is a valid credit code. */
    public static boolean isValid(String text) {
        return parse(text).isRight();
    }

    /**
     * The GB 32100-2015 check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if the body is not 17 characters of the alphabet
     */
    public static char checkCharacter(String body) {
        if (body.length() != 17) {
            throw new IllegalArgumentException("the body of a credit code is 17 characters: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not in the GB 32100 alphabet: " + body.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The registering division's code, characters 3 to 8. */
    public String divisionPart() {
        return value.substring(2, 8);
    }

    @Override
    public int compareTo(CreditCode o) {
        return value.compareTo(o.value);
    }

    /** The code itself, as users write it. */
    @Override
    public String toString() {
        return value;
    }
}
