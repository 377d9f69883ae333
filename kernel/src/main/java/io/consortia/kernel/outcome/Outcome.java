package io.consortia.kernel.outcome;

import java.util.Optional;

/**
 * The three-valued result of applying one rule, or one part of a rule, to what is known of a
 * consortium. Conjunction and disjunction follow Kleene's strong three-valued logic: a
 * conjunction is {@link #FAIL} when any part fails, {@link #UNKNOWN} when none fails and some part
 * is unknown, {@link #PASS} otherwise; a disjunction is the dual.
 *
 * <p>The order of the constants is the truth order {@code FAIL < UNKNOWN < PASS}, so that
 * {@link #and} is the minimum and {@link #or} the maximum.
 */
public enum Outcome {
    FAIL,
    UNKNOWN,
    PASS;

    /** {@code PASS} for true, {@code FAIL} for false. */
    public static Outcome of(boolean holds) {
        return holds ? PASS : FAIL;
    }

    /** {@code UNKNOWN} when the fact is absent, else {@link #of(boolean)}. */
    public static Outcome of(Optional<Boolean> fact) {
        return fact.map(Outcome::of).orElse(UNKNOWN);
    }

    /** Kleene conjunction: the minimum in the truth order. */
    public Outcome and(Outcome other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Kleene disjunction: the maximum in the truth order. */
    public Outcome or(Outcome other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Kleene negation: swaps PASS and FAIL, keeps UNKNOWN. */
    public Outcome not() {
        return switch (this) {
            case PASS -> FAIL;
            case FAIL -> PASS;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The conjunction of all parts; {@code PASS} for none. */
    public static Outcome all(Iterable<Outcome> parts) {
        Outcome result = PASS;
        for (Outcome part : parts) {
            result = result.and(part);
        }
        return result;
    }

    /** The disjunction of all parts; {@code FAIL} for none. */
    public static Outcome any(Iterable<Outcome> parts) {
        Outcome result = FAIL;
        for (Outcome part : parts) {
            result = result.or(part);
        }
        return result;
    }

    /** Whether more knowledge could still change this outcome. */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
