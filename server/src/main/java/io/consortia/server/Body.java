package io.consortia.server;

import io.consortia.io.input.InputException;
import io.consortia.io.input.InputLimits;
import io.consortia.io.input.InputProblem;
import io.consortia.io.input.TreeFile;
import io.consortia.kernel.input.Problem;
import io.consortia.kernel.input.ReadResult;
import io.consortia.kernel.input.Scalar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON request body, read within the limits into a tree whose fields are taken one by one;
 * every problem is kept with its path and, at the end, located at its line of the body. Unknown
 * fields are problems: a request is written by a program, and a misspelt {@code readngs} must not
 * be ignored silently.
 */
final class Body {

    /** The name problems give the body. */
    static final String NAME = "request";

    private final TreeFile tree;
    private final Map<?, ?> root;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private Body(TreeFile tree, Map<?, ?> root) {
        this.tree = tree;
        this.root = root;
    }

    /** Parses a body; a body that is not a JSON object is bad input. */
    static Body parse(byte[] bytes, InputLimits limits) {
        TreeFile tree = TreeFile.parse(bytes, NAME, TreeFile.Format.JSON, limits);
        if (!(tree.tree() instanceof Map<?, ?> map)) {
            throw new InputException(InputProblem.of(NAME, "the body is a JSON object"));
        }
        return new Body(tree, map);
    }

    /** Refuses fields other than these. */
    Body allow(Set<String> keys) {
        for (Object k : root.keySet()) {
            if (!keys.contains(String.valueOf(k))) {
                problems.add(new Problem(String.valueOf(k), "unknown field; this request takes " + String.join(", ", new TreeSet<>(keys))));
            }
        }
        return this;
    }

    Optional<Object> raw(String key) {
        return Optional.ofNullable(root.get(key));
    }

    /** A field read with a kernel reader; its problems and warnings are placed under the field. */
    <T> Optional<T> read(String key, Function<Object, ReadResult<T>> reader, boolean required) {
        Object v = root.get(key);
        if (v == null) {
            if (required) {
                problems.add(new Problem(key, "required"));
            }
            return Optional.empty();
        }
        ReadResult<T> r = reader.apply(v);
        r.warnings().forEach(w -> warnings.add(new Problem(key + (w.path().isEmpty() ? "" : (w.path().startsWith("[") ? "" : ".") + w.path()), w.message())));
        if (r.result().isInvalid()) {
            r.result().getError().forEach(p -> problems.add(new Problem(key + (p.path().isEmpty() ? "" : (p.path().startsWith("[") ? "" : ".") + p.path()),
                    p.message())));
            return Optional.empty();
        }
        return Optional.of(r.result().get());
    }

    Optional<String> text(String key) {
        Object v = root.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        problems.add(new Problem(key, "expected a text"));
        return Optional.empty();
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(key, "not a date like 2025-06-01: \"" + brief(s) + "\""));
                return Optional.empty();
            }
        });
    }

    boolean bool(String key) {
        Object v = root.get(key);
        Object b = v instanceof Scalar s ? s.value() : v;
        if (v != null && !(b instanceof Boolean)) {
            problems.add(new Problem(key, "expected true or false"));
            return false;
        }
        return Boolean.TRUE.equals(b);
    }

    /** A list of texts. */
    List<String> texts(String key) {
        Object v = root.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            problems.add(new Problem(key, "expected a list of texts"));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s) {
                out.add(s);
            } else {
                problems.add(new Problem(key + "[" + i + "]", "expected a text"));
            }
        }
        return out;
    }

    /** An object of texts (numbers and booleans taken as they are written). */
    Map<String, String> map(String key) {
        Object v = root.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(new Problem(key, "expected an object"));
            return out;
        }
        m.forEach((k, x) -> {
            if (x instanceof String || x instanceof Number || x instanceof Boolean) {
                out.put(String.valueOf(k), String.valueOf(x));
            } else if (x instanceof Scalar s) {
                out.put(String.valueOf(k), s.text());
            } else {
                problems.add(new Problem(key + "." + k, "expected a text or a number"));
            }
        });
        return out;
    }

    /** Adds a problem at a path of the body. */
    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** The problems, each at its line of the body. */
    List<InputProblem> problems() {
        return tree.locate(problems);
    }

    /** The warnings (unknown fields of a profile, ignored), each at its line of the body. */
    List<InputProblem> warnings() {
        return tree.locate(warnings);
    }

    private static String brief(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
