package io.consortia.kernel.rule;

/**
 * The test of a rule: a pure function from what is known to an outcome and its reasons.
 * Implementations must be deterministic and must not throw for any valid profile.
 */
@FunctionalInterface
public interface Condition {

    Evaluation evaluate(Context context);

    /** Kleene conjunction with another condition. */
    default Condition and(Condition other) {
        return Conditions.all(this, other);
    }

    /** Kleene disjunction with another condition. */
    default Condition or(Condition other) {
        return Conditions.any(this, other);
    }
}
