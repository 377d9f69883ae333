package io.consortia.kernel.rule;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * The outcome of a condition with the facts that decided it, in Chinese and English.
 */
public record Evaluation(Outcome outcome, Text because) {
    public Evaluation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(because, "because");
    }

    public static Evaluation of(Outcome outcome, String zh, String en) {
        return new Evaluation(outcome, Text.of(zh, en));
    }
}
