package io.consortia.kernel.assessment;

import io.consortia.kernel.engine.Run;
import io.consortia.kernel.explain.Explain;
import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.outcome.Verdict;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.Rule;
import io.consortia.kernel.text.Text;
import java.util.Objects;

/**
 * One rule applied to one profile: the rule, its strength under the readings in force, its
 * outcome and the evidence that decided it. The evidence is decoded, and the explanation written,
 * when first asked for.
 *
 * @since 0.1
 */
public final class Finding implements Verdict.Graded {

    private final Rule rule;
    private final Strength strength;
    private final Outcome outcome;
    private final Run run;
    private final int index;
    private volatile Evidence evidence;

    Finding(Rule rule, Strength strength, Outcome outcome, Run run, int index) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.strength = strength;
        this.outcome = outcome;
        this.run = run;
        this.index = index;
    }

    public Rule rule() {
        return rule;
    }

    /** The strength under the readings in force (苏州 S4 and S15 depend on R7). */
    @Override
    public Strength strength() {
        return strength;
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    /** What established the outcome, as data. */
    public Evidence evidence() {
        Evidence e = evidence;
        if (e == null) {
            e = run.evidence(index);
            evidence = e;
        }
        return e;
    }

    /** The facts that decided the outcome, in Chinese and English, rendered from the evidence. */
    public Text because() {
        return Explain.because(outcome, evidence(), run.profile().leadId());
    }

    /** The run this finding belongs to (for renderers: the profile, the parameter values, the readings). */
    public Run run() {
        return run;
    }

    @Override
    public String toString() {
        return rule.id() + " " + strength + " " + outcome;
    }
}
