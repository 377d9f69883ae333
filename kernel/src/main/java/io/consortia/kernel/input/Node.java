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
 * <p>A key that is absent and a key whose value is {@code null} both mean "not given".
 */
public final class Node {

    private final Object value;
    /** The parent and this node's step from it; the path string is built only when a message needs it. */
    private final Node parent;
    private final String key;
    private final int index;
    private final Problems problems;

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
            return "the text \"" + s + "\"";
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        return "a " + value.getClass().getSimpleName();
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
            for (Object k : m.keySet()) {
                if (!known.contains(String.valueOf(k))) {
                    child(m.get(k), String.valueOf(k))
                            .warning("unknown field, ignored (known: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
                }
            }
        }
    }

    public boolean isList() {
        return value instanceof List;
    }

    /** The elements of a list; empty (and a problem) when present and not a list. */
    public List<Node> elements() {
        List<Node> out = new ArrayList<>();
        if (value instanceof List<?> list) {
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
        if (value instanceof String s) {
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
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        wrongType("true or false");
        return Optional.empty();
    }

    /** A number of at least zero. */
    public Optional<BigDecimal> nonNegativeNumber() {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number n)) {
            wrongType("a number");
            return Optional.empty();
        }
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
            problem("expected a finite number, found " + n);
            return Optional.empty();
        }
        if (d.signum() < 0) {
            problem("must not be negative, found " + n);
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** A whole number within bounds (inclusive). */
    public Optional<Integer> integer(int min, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger)) {
            wrongType("a whole number");
            return Optional.empty();
        }
        boolean small = !(value instanceof BigInteger);
        long v = small ? ((Number) value).longValue() : 0;
        boolean inRange = small ? v >= min && v <= max
                : ((BigInteger) value).compareTo(BigInteger.valueOf(min)) >= 0 && ((BigInteger) value).compareTo(BigInteger.valueOf(max)) <= 0;
        if (!inRange) {
            boolean negative = small ? v < 0 : ((BigInteger) value).signum() < 0;
            problem(min == 0 && negative
                    ? "must not be negative, found " + value
                    : "must be between " + min + " and " + max + ", found " + value);
            return Optional.empty();
        }
        return Optional.of((int) (small ? v : ((BigInteger) value).longValue()));
    }

    /** An ISO-8601 date ({@code 2025-06-01}). */
    public Optional<LocalDate> date() {
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        return text().flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t.strip()));
            } catch (DateTimeParseException e) {
                problem("expected a date like 2025-06-01, found \"" + t + "\"");
                return Optional.empty();
            }
        });
    }

    /** An enum constant named in UPPER_SNAKE case. */
    public <E extends Enum<E>> Optional<E> enumValue(Class<E> type) {
        return text().flatMap(t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t.strip())) {
                    return Optional.of(e);
                }
            }
            problem("unknown value \"" + t + "\"; expected one of "
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
