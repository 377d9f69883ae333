package io.consortia.kernel.profile;

import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type of a jurisdiction's own fact, and so the values a profile may state for it and the
 * Java type they are held in.
 *
 * <table>
 *   <caption>Types of own facts</caption>
 *   <tr><th>kind</th><th>written in a profile</th><th>held as</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@code true} or {@code false}</td><td>{@link Boolean}</td></tr>
 *   <tr><td>NUMBER</td><td>a number, at most 10^15 in size</td><td>{@link BigDecimal}</td></tr>
 *   <tr><td>AMOUNT</td><td>an amount in yuan, 0 to 10^15</td><td>{@link BigDecimal}</td></tr>
 *   <tr><td>CHOICE</td><td>one of the declared choices' keys</td><td>{@link String}</td></tr>
 *   <tr><td>DATE</td><td>a date, {@code 2025-06-01}</td><td>{@link LocalDate}</td></tr>
 * </table>
 *
 * @param <T> the Java type of a value
 * @param choices for CHOICE, the values it may take, in order; empty otherwise
 * @since 0.3
 */
public record FactType<T>(Kind kind, Class<T> javaType, List<Choice> choices) {

    private static final Pattern CHOICE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /** What a fact is. */
    public enum Kind { BOOLEAN, NUMBER, AMOUNT, CHOICE, DATE }

    /** Yes or no: a certificate held, a condition met. */
    public static final FactType<Boolean> BOOLEAN = new FactType<>(Kind.BOOLEAN, Boolean.class, List.of());
    /** A number: a count of invention patents, a score. */
    public static final FactType<BigDecimal> NUMBER = new FactType<>(Kind.NUMBER, BigDecimal.class, List.of());
    /** An amount of money in yuan. */
    public static final FactType<BigDecimal> AMOUNT = new FactType<>(Kind.AMOUNT, BigDecimal.class, List.of());
    /** A date: of a certificate's expiry, of registration. */
    public static final FactType<LocalDate> DATE = new FactType<>(Kind.DATE, LocalDate.class, List.of());

    /**
     * One of a closed list of values.
     *
     * @param key how a profile writes it ({@code A}, {@code national}): letters, digits, {@code _} and {@code -}
     * @param label what it means, in Chinese and English
     */
    public record Choice(String key, Text label) {
        public Choice {
            Objects.requireNonNull(label, "label");
            if (key == null || !CHOICE_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("a choice's key is letters, digits, '_' and '-': " + key);
            }
        }

        public static Choice of(String key, String zh, String en) {
            return new Choice(key, Text.of(zh, en));
        }
    }

    public FactType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaType, "javaType");
        choices = List.copyOf(choices);
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(kind == Kind.CHOICE ? "a choice names at least one value" : kind + " has no choices");
        }
        Set<String> keys = new HashSet<>();
        for (Choice c : choices) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("the choice " + c.key() + " is listed twice");
            }
        }
    }

    /** A fact that takes one of the choices. */
    public static FactType<String> choice(Choice... choices) {
        return new FactType<>(Kind.CHOICE, String.class, List.of(choices));
    }

    /** The choice with this key. */
    public Optional<Choice> choice(String key) {
        return choices.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The keys of the choices, in order. */
    public List<String> keys() {
        return choices.stream().map(Choice::key).toList();
    }

    /** Whether the value is one this type holds (a choice's key for CHOICE). */
    public boolean accepts(Object value) {
        if (!javaType.isInstance(value)) {
            return false;
        }
        return kind != Kind.CHOICE || choice((String) value).isPresent();
    }

    /** The name users see: {@code boolean}, {@code number}, {@code amount}, {@code choice}, {@code date}. */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
