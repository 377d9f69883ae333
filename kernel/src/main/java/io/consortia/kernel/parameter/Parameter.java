package io.consortia.kernel.parameter;

import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named, cited value that rules and procedures use, declared once by a jurisdiction for one
 * edition of its policy (the spirit of OpenFisca's parameters): its value and unit, the clause
 * and the sentence it comes from, verbatim, and what it means.
 *
 * @param name the full name, {@code suzhou.S1.minimum}: stable and readable
 * @param jurisdiction the jurisdiction id
 * @param unit what the value measures
 * @param value the value the document states ({@link Unit#type()})
 * @param clause the clause in the document's numbering, {@code 三(一)2}
 * @param quote the sentence the value comes from, verbatim from the document
 * @param label what the parameter is, in Chinese and English
 * @param concept what the parameter is across policies ({@link Concepts}), for comparisons
 * @param choices for a list, the values its items may take (empty: free text)
 * @param slot its index among its edition's parameters (assigned by the kernel)
 * @since 0.2
 */
public record Parameter(String name, String jurisdiction, Unit unit, Object value, String clause, String quote,
                        Text label, Optional<String> concept, List<String> choices, int slot) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z][A-Za-z0-9]*)+");

    public Parameter {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(concept, "concept");
        choices = List.copyOf(choices);
        if (name == null || !NAME.matcher(name).matches() || !name.startsWith(jurisdiction + ".")) {
            throw new IllegalArgumentException("a parameter name is <jurisdiction>.<Name>[.<part>]: " + name);
        }
        if (clause == null || clause.isBlank()) {
            throw new IllegalArgumentException(name + " needs its clause");
        }
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException(name + " needs the sentence it comes from");
        }
        Values.check(unit, value, choices).ifPresent(p -> {
            throw new IllegalArgumentException(name + ": " + p);
        });
    }

    /** The value, typed. */
    public <T> T value(Param<T> handle) {
        @SuppressWarnings("unchecked")
        T v = (T) value;
        return v;
    }

    /** The value as users write it ({@code 8}, {@code 0.6}, {@code 100000000}, {@code 01-31}, {@code a,b}). */
    public String display() {
        return Values.display(value);
    }

    /** The value's plain number for numeric units. */
    public Optional<BigDecimal> number() {
        return Values.number(value);
    }
}
