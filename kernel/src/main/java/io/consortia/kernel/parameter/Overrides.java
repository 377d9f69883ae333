package io.consortia.kernel.parameter;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Parameter values that replace the declared ones for one run: a what-if ("what if Suzhou asked
 * for 6 members instead of 8?"). A value passed into an assessment, never global state; every
 * assessment says which overrides it applied. Immutable.
 *
 * @since 0.2
 */
public final class Overrides {

    private static final Overrides NONE = new Overrides(Map.of());

    private final Map<String, Object> values;

    private Overrides(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Overrides none() {
        return NONE;
    }

    /** Overrides by full parameter name; each value is checked against the parameter's unit. */
    public static Either<List<String>, Overrides> of(Map<String, Object> values, Function<String, Optional<Parameter>> lookup) {
        List<String> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            Optional<Parameter> p = lookup.apply(name);
            if (p.isEmpty()) {
                problems.add(name + ": no such parameter (consortia parameters lists them)");
            } else {
                Values.check(p.get().unit(), value, p.get().choices()).ifPresent(why -> problems.add(name + ": " + why));
            }
        });
        return problems.isEmpty() ? Either.right(values.isEmpty() ? NONE : new Overrides(values)) : Either.left(problems);
    }

    /**
     * Parses {@code NAME=VALUE} specifications as users write them ({@code --set
     * suzhou.S1.minimum=7}); every problem names the parameter.
     */
    public static Either<List<String>, Overrides> parse(List<String> specs, Function<String, Optional<Parameter>> lookup) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> values = new TreeMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                problems.add("--set " + spec + ": write NAME=VALUE, e.g. suzhou.S1.minimum=7");
                continue;
            }
            String name = spec.substring(0, eq).strip();
            String text = spec.substring(eq + 1);
            Optional<Parameter> p = lookup.apply(name);
            if (p.isEmpty()) {
                problems.add("--set " + name + ": no such parameter (consortia parameters lists them)");
                continue;
            }
            Either<String, Object> parsed = Values.parse(p.get().unit(), text, p.get().choices());
            if (parsed.isLeft()) {
                problems.add("--set " + name + "=" + text + ": " + parsed.getLeft());
            } else if (values.put(name, parsed.get()) != null) {
                problems.add("--set " + name + ": given twice");
            }
        }
        return problems.isEmpty() ? Either.right(values.isEmpty() ? NONE : new Overrides(values)) : Either.left(problems);
    }

    /** The overriding value of the parameter, if any. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Every override, by name. */
    public Map<String, Object> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Overrides other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Overrides" + values;
    }
}
