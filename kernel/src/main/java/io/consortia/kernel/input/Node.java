package io.consortia.kernel.input;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cursor over a plain input tree (maps with string keys, lists, strings, numbers, booleans,
 * {@code null}), as any YAML or JSON parser produces, that knows its path and reports problems
 * to a shared {@link Problems} sink instead of throwing. Readers walk the whole tree so that every
 * problem is reported at once.
 *
 * <p>A key that is absent and a key whose value is {@code null} both mean "not given". A
 * {@link Scalar} is read as its value by number and boolean fields and as its text as written by
 * text fields. Every value is held to the {@link Bounds}: a list, a text, an amount or a date outside
 * them is a problem at its path, and messages quote input text only briefly and with control
 * characters escaped.
 */
public final class Node {

    private final Object value;
    /** The parent and this node's step from it; the path string is built only when a message needs it. */
    private final Node parent;
    private final String key;
    private final int index;
    private final Problems problems;

    /** The most characters of input text a message quotes. */
    private static final int QUOTED = 60;

    private Node(Object value, Node parent, String key, int index, Problems problems) {
        this.value = value;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.problems = problems;
    }

    /** The root of a tree; problems go to the sink. */
    public static Node root(Object tree, Problems problems) {
        return new Node(tree, null, null, -1, problems);
    }

    /** Where this node is: {@code members[3].registeredIn}; empty for the root. */
    public String path() {
        if (parent == null) {
            return "";
        }
        String up = parent.path();
        if (key == null) {
            return up + "[" + index + "]";
        }
        return up.isEmpty() ? key : up + "." + key;
    }

    private Node child(Object childValue, String childKey) {
        return new Node(childValue, this, childKey, -1, problems);
    }

    public boolean isPresent() {
        return value != null;
    }

    /** The value with a {@link Scalar} unwrapped to the number or boolean the parser resolved. */
    private Object raw() {
        return value instanceof Scalar s ? s.value() : value;
    }

    /** Records a problem at this node. */
    public void problem(String message) {
        problems.error(path(), message);
    }

    /** Records a warning at this node. */
    public void warning(String message) {
        problems.warning(path(), message);
    }

    private String describe() {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String s) {
            // The whole document as text is usually some other file: name it, never print it.
            return parent == null ? "plain text (is this a YAML or JSON file?)" : "the text " + quote(s);
        }
        if (value instanceof Scalar s) {
            return (s.value() instanceof Boolean ? "the boolean " : "the number ") + number(s.text());
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Number) {
            return "the number " + number(value.toString());
        }
        return "a " + value.getClass().getSimpleName();
    }

    /**
     * Input text for a message: in quotes, control and bidirectional-override characters escaped
     * (as a backslash, {@code u} and four hex digits), cut to {@value #QUOTED} characters, so that a message never carries a file's
     * contents or a terminal escape.
     */
    public static String quote(String text) {
        return text.length() > QUOTED ? '"' + clip(text) + "…\" (" + text.length() + " characters)" : '"' + clip(text) + '"';
    }

    /** A number (or any text) as {@link #quote} shows it, without the quotes. */
    private static String number(String text) {
        return text.length() > QUOTED ? clip(text) + "… (" + text.length() + " characters)" : clip(text);
    }

    private static String clip(String text) {
        int n = Math.min(text.length(), QUOTED);
        StringBuilder out = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void wrongType(String expected) {
        problem("expected " + expected + ", found " + describe());
    }

    /** Whether this node is a mapping; records a problem when it is present and is not. */
    public boolean isMapping() {
        if (value instanceof Map) {
            return true;
        }
        if (value != null) {
            wrongType("a mapping");
        }
        return false;
    }

    /** The child under a key; absent when this node is not a mapping or has no such key. */
    public Node get(String key) {
        Object child = value instanceof Map<?, ?> m ? m.get(key) : null;
        return child(child, key);
    }

    /** The child under a key, recording a problem when it is absent. */
    public Node require(String key) {
        Node child = get(key);
        if (!child.isPresent() && value instanceof Map) {
            child.problem("required field is missing");
        }
        return child;
    }

    /** The entries of a mapping, in order; empty (and a problem) when this is not a mapping. */
    public Map<String, Node> entries() {
        Map<String, Node> out = new LinkedHashMap<>();
        if (isMapping()) {
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), child(v, String.valueOf(k))));
        }
        return out;
    }

    /** Warns about keys of this mapping that are not among the known ones (likely typos). */
    public void warnUnknownKeys(Set<String> known) {
        if (value instanceof Map<?, ?> m) {
            String message = null;
            for (Object k : m.keySet()) {
                if (!known.contains(String.valueOf(k))) {
                    if (message == null) {
                        message = "unknown field, ignored (known: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")";
                    }
                    child(m.get(k), String.valueOf(k)).warning(message);
                }
            }
        }
    }

    public boolean isList() {
        return value instanceof List;
    }

    /** Whether this node is a list with no elements. */
    public boolean isEmptyList() {
        return value instanceof List<?> list && list.isEmpty();
    }

    /** The elements of a list of at most {@link Bounds#MAX_LIST}; empty (and a problem) when present and not a list. */
    public List<Node> elements() {
        return elements(Bounds.MAX_LIST, "elements");
    }

    /**
     * The elements of a list; empty (and a problem) when present and not a list, or when it holds
     * more than {@code max} elements.
     *
     * @param what what the elements are, for the message ({@code members})
     */
    public List<Node> elements(int max, String what) {
        List<Node> out = new ArrayList<>();
        if (value instanceof List<?> list && list.size() > max) {
            problem("lists " + list.size() + " " + what + "; at most " + max + " are allowed");
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(new Node(list.get(i), this, null, i, problems));
            }
        } else if (value != null) {
            wrongType("a list");
        }
        return out;
    }

    /** A text value; numbers are accepted as their decimal text (YAML reads {@code 320505} as a number). */
    public Optional<String> text() {
        if (value == null) {
            return Optional.empty();
        }
        String s = value instanceof String t ? t : value instanceof Scalar sc ? sc.text() : null;
        if (s != null) {
            if (s.length() > Bounds.MAX_TEXT) {
                problem("a text of " + s.length() + " characters; at most " + Bounds.MAX_TEXT + " are allowed");
                return Optional.empty();
            }
            return Optional.of(s);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return Optional.of(value.toString());
        }
        wrongType("text");
        return Optional.empty();
    }

    /** A non-blank text value, trimmed. */
    public Optional<String> nonBlankText() {
        Optional<String> t = text();
        if (t.isPresent() && t.get().isBlank()) {
            problem("must not be blank");
            return Optional.empty();
        }
        return t.map(String::strip);
    }

    public Optional<Boolean> bool() {
        if (value == null) {
            return Optional.empty();
        }
        if (raw() instanceof Boolean b) {
            return Optional.of(b);
        }
        wrongType("true or false");
        return Optional.empty();
    }

    /**
     * An amount of money in yuan: at least zero, at most {@link Bounds#MAX_AMOUNT}, with at most
     * {@link Bounds#MAX_DECIMALS} decimal places. The checks compare exponents only, so a number
     * like {@code 1e999999999} is refused without any arithmetic on it.
     */
    public Optional<BigDecimal> amount() {
        if (value == null) {
            return Optional.empty();
        }
        if (!(raw() instanceof Number n)) {
            wrongType("a number");
            return Optional.empty();
        }
        String shown = value instanceof Scalar s ? s.text() : n.toString();
        BigDecimal d;
        if (n instanceof BigDecimal b) {
            d = b;
        } else if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            d = BigDecimal.valueOf(n.longValue());
        } else if (n instanceof BigInteger bi) {
            d = new BigDecimal(bi);
        } else if (Double.isFinite(n.doubleValue())) {
            d = new BigDecimal(n.toString());
        } else {
            problem("expected a finite number, found " + number(shown));
            return Optional.empty();
        }
        if (d.signum() < 0) {
            problem("must not be negative, found " + number(shown));
            return Optional.empty();
        }
        if (d.compareTo(Bounds.MAX_AMOUNT) > 0) {
            problem("an amount in yuan is at most 10^15, found " + number(shown));
            return Optional.empty();
        }
        if (d.scale() > Bounds.MAX_DECIMALS && d.stripTrailingZeros().scale() > Bounds.MAX_DECIMALS) {
            problem("an amount in yuan has at most " + Bounds.MAX_DECIMALS + " decimal places, found " + number(shown));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** A whole number within bounds (inclusive). */
    public Optional<Integer> integer(int min, int max) {
        if (value == null) {
            return Optional.empty();
        }
        Object v = raw();
        if (!(v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger)) {
            wrongType("a whole number");
            return Optional.empty();
        }
        BigInteger n = v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            String shown = number(value instanceof Scalar s ? s.text() : v.toString());
            problem(min == 0 && n.signum() < 0
                    ? "must not be negative, found " + shown
                    : "must be between " + min + " and " + max + ", found " + shown);
            return Optional.empty();
        }
        return Optional.of(n.intValue());
    }

    /** An ISO-8601 date ({@code 2025-06-01}) in the years {@link Bounds#MIN_YEAR} to {@link Bounds#MAX_YEAR}. */
    public Optional<LocalDate> date() {
        Optional<LocalDate> date;
        if (value instanceof LocalDate d) {
            date = Optional.of(d);
        } else {
            date = text().flatMap(t -> {
                try {
                    return Optional.of(LocalDate.parse(t.strip()));
                } catch (DateTimeParseException e) {
                    problem("expected a date like 2025-06-01, found " + quote(t));
                    return Optional.empty();
                }
            });
        }
        if (date.isPresent() && !Bounds.plausibleYear(date.get().getYear())) {
            problem("a date is between " + Bounds.MIN_YEAR + "-01-01 and " + Bounds.MAX_YEAR + "-12-31, found " + date.get());
            return Optional.empty();
        }
        return date;
    }

    /** An enum constant named in UPPER_SNAKE case. */
    public <E extends Enum<E>> Optional<E> enumValue(Class<E> type) {
        return text().flatMap(t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t.strip())) {
                    return Optional.of(e);
                }
            }
            problem("unknown value " + quote(t) + "; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return Optional.empty();
        });
    }

    /** A text value parsed by a validating parser; its complaint becomes the problem. */
    public <T> Optional<T> parsed(Function<String, Either<String, T>> parser) {
        return text().flatMap(t -> {
            Either<String, T> r = parser.apply(t.strip());
            if (r.isLeft()) {
                problem(r.getLeft());
                return Optional.empty();
            }
            return Optional.of(r.get());
        });
    }
}
