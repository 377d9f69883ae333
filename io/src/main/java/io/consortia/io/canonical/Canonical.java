package io.consortia.io.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785 (JCS): one text for one JSON value, whatever the
 * order of its keys, its whitespace or the way its numbers and strings were written, so that a
 * digest of it identifies the value (ADR 0017).
 *
 * <p>Exactly RFC 8785: no whitespace; object members sorted by their names' UTF-16 code units
 * (section 3.2.3); strings with only {@code \"}, {@code \\}, the short escapes {@code \b \t \n
 * \f \r} and {@code \\u00xx}-style escapes (written with a backslash, a {@code u} and four lower-case hex digits) for the other control characters, everything else
 * as it is (3.2.2.2); {@code true}, {@code false}, {@code null}; numbers as an IEEE-754 double
 * written by ECMAScript's {@code Number.prototype.toString} (3.2.2.3): the shortest digits that
 * read back as the same double, the closest to it when several do, plain between 10^-6 and
 * 10^21, else with an exponent ({@code 1e+21}, {@code 5e-324}).
 *
 * <p>One rule of ours on top, so that canonicalizing never changes a value: a number that a
 * double cannot hold exactly (an amount with more than 15 significant digits, an integer above
 * 2^53) is refused with its JSON Pointer ({@link NotCanonical}), as RFC 8785's appendix on big
 * numbers advises, rather than silently rounded. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Canonical {

    private Canonical() {}

    /** A value that has no canonical form: a number a double cannot hold exactly, a lone surrogate. */
    public static final class NotCanonical extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String pointer;

        NotCanonical(String pointer, String message) {
            super((pointer.isEmpty() ? "" : pointer + ": ") + message);
            this.pointer = pointer;
        }

        /** Where, as a JSON Pointer (RFC 6901): {@code /members/2/finances/0/revenue}. */
        public String pointer() {
            return pointer;
        }
    }

    /**
     * The canonical text of a JSON value.
     *
     * @throws NotCanonical for a number a double cannot hold exactly, a non-finite number or a
     *     string with a lone surrogate
     */
    public static String text(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.toString();
    }

    /** The canonical text as UTF-8 bytes. */
    public static byte[] bytes(JsonNode value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The SHA-256 of the canonical text's UTF-8 bytes, as {@code sha256:} and 64 lower-case hex digits. */
    public static String digest(JsonNode value) {
        return "sha256:" + HexFormat.of().formatHex(sha256(bytes(value)));
    }

    /** SHA-256 of bytes. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** SHA-256 of a text's UTF-8 bytes, as {@code sha256:} and 64 lower-case hex digits. */
    public static String digest(String text) {
        return "sha256:" + HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void write(JsonNode v, String pointer, StringBuilder out) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            out.append("null");
        } else if (v.isBoolean()) {
            out.append(v.booleanValue());
        } else if (v.isTextual()) {
            string(v.textValue(), pointer, out);
        } else if (v.isNumber()) {
            out.append(number(v, pointer));
        } else if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(v.get(i), pointer + "/" + i, out);
            }
            out.append(']');
        } else if (v.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                members.add(it.next());
            }
            // String.compareTo compares UTF-16 code units: RFC 8785 section 3.2.3.
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> m : members) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                String child = pointer + "/" + m.getKey().replace("~", "~0").replace("/", "~1");
                string(m.getKey(), child, out);
                out.append(':');
                write(m.getValue(), child, out);
            }
            out.append('}');
        } else {
            throw new NotCanonical(pointer, "not a JSON value: " + v.getNodeType());
        }
    }

    private static void string(String s, String pointer, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new NotCanonical(pointer, "a lone surrogate (U+" + HexFormat.of().toHexDigits(c).toUpperCase() + ") is not Unicode text");
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HexFormat.of().toHexDigits((byte) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNode v, String pointer) {
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new NotCanonical(pointer, "the number " + v.asText() + " is outside what a JSON number (an IEEE-754 double) holds");
        }
        String text = es6(d);
        if (!v.isDouble() && !v.isFloat()) {
            // An integer or a decimal: canonical only when the double is exactly that value.
            BigDecimal exact = v.isBigDecimal() ? v.decimalValue() : new BigDecimal(v.bigIntegerValue());
            if (new BigDecimal(d).compareTo(exact) != 0 && new BigDecimal(text).compareTo(exact) != 0) {
                throw new NotCanonical(pointer, "the number " + exact.toPlainString()
                        + " has more significant digits than a JSON number (an IEEE-754 double) holds exactly; it would read back as " + text);
            }
        }
        return text;
    }

    /**
     * A double as ECMAScript's {@code Number.prototype.toString} writes it (ECMA-262, Number::toString
     * with radix 10), which RFC 8785 adopts: the fewest significant digits that read back as the
     * same double, the closest to it when several do (the even one on a tie), then plain or
     * exponent notation by the decimal exponent.
     *
     * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot write
     */
    public static String es6(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + d);
        }
        if (d == 0) {
            return "0"; // -0 too
        }
        if (d < 0) {
            return "-" + es6(-d);
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits × 10^(n−k)
        StringBuilder out = new StringBuilder();
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }

    /** The decimal with the fewest digits that reads back as {@code d} (> 0), the closest on a tie of length, trailing zeros stripped. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal closest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            BigDecimal step = BigDecimal.ONE.movePointLeft(closest.scale());
            BigDecimal best = null;
            // Any p-digit decimal that reads back lies within one step of the closest (see the tests).
            for (BigDecimal c : new BigDecimal[] {closest, closest.subtract(step), closest.add(step)}) {
                if (c.signum() <= 0 || c.precision() > p || c.doubleValue() != d) {
                    continue;
                }
                if (best == null) {
                    best = c;
                    continue;
                }
                int cmp = c.subtract(exact).abs().compareTo(best.subtract(exact).abs());
                if (cmp < 0 || cmp == 0 && c.unscaledValue().testBit(0) == false && best.unscaledValue().testBit(0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 significant digits always read back as the same double: " + d);
    }
}
