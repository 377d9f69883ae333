package io.consortia.kernel.assessment;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * One rule applied to one profile: the rule, its outcome and the facts that decided it.
 */
public record Finding(Rule rule, Outcome outcome, Text because) implements Verdict.Graded {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(because, "because");
    }

    @Override
    public Strength strength() {
        return rule.strength();
    }
}
