package io.consortia.kernel.rule;

import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.text.Text;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a policy, stated once: its catalog id, strength, clause, the original sentence
 * from the source document (verbatim, in the document's own characters), what it requires in
 * Chinese and English, the readings that change it, and its test.
 *
 * @param clause the clause in the document's own numbering, {@code 三(一)2}
 * @param quote the original sentence, verbatim from the source document; where a rule rests on
 *     sentences that are not contiguous, the parts are joined by {@value #QUOTE_SEPARATOR}
 * @param requirement what the rule requires, in Chinese and English
 * @param readings the readings that change how the rule is tested
 * @param crossConsortium whether the rule needs a registry (⊕); left out without one
 */
public record Rule(RuleId id, Strength strength, String clause, String quote, Text requirement,
                   List<Reading> readings, boolean crossConsortium, Condition condition) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(condition, "condition");
        readings = List.copyOf(readings);
        if (clause == null || clause.isBlank()) {
            throw new IllegalArgumentException(id + " needs its clause");
        }
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException(id + " needs the original sentence of its clause");
        }
    }

    /** Joins the parts of a quote drawn from sentences that are not contiguous. */
    public static final String QUOTE_SEPARATOR = " … ";

    /** The verbatim parts of the quote, in order. */
    public List<String> quoteParts() {
        return List.of(quote.split(java.util.regex.Pattern.quote(QUOTE_SEPARATOR)));
    }

    /** Applies the rule. */
    public Evaluation evaluate(Context context) {
        return condition.evaluate(context);
    }
}
