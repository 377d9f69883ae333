package io.consortia.kernel.rule;

import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.reading.ReadingSet;
import io.consortia.kernel.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of a policy, stated once: its catalog id, strength, clause, the original sentence
 * from the source document (verbatim, in the document's own characters), what it requires in
 * Chinese and English, and its {@link Test} as data. What it depends on (readings, parameters,
 * the registry) is read from the test.
 *
 * @param clause the clause in the document's own numbering, {@code 三(一)2}
 * @param quote the original sentence, verbatim from the source document; where a rule rests on
 *     sentences that are not contiguous, the parts are joined by {@value #QUOTE_SEPARATOR}
 * @param requirement what the rule requires, in Chinese and English
 * @param strengthSwitch a reading whose alternative gives the rule another strength (苏州 S4, S15 under R7)
 * @since 0.1
 */
public record Rule(RuleId id, Strength strength, Optional<StrengthSwitch> strengthSwitch, String clause, String quote,
                   Text requirement, Test test) {

    /** Joins the parts of a quote drawn from sentences that are not contiguous. */
    public static final String QUOTE_SEPARATOR = " … ";

    /**
     * A reading that changes a rule's strength.
     *
     * @param reading the reading
     * @param underAlternative the strength when the reading is switched to its alternative
     */
    public record StrengthSwitch(Reading reading, Strength underAlternative) {
        public StrengthSwitch {
            Objects.requireNonNull(reading, "reading");
            Objects.requireNonNull(underAlternative, "underAlternative");
        }
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(strengthSwitch, "strengthSwitch");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(test, "test");
        if (clause == null || clause.isBlank()) {
            throw new IllegalArgumentException(id + " needs its clause");
        }
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException(id + " needs the original sentence of its clause");
        }
    }

    /** The verbatim parts of the quote, in order. */
    public List<String> quoteParts() {
        return List.of(quote.split(java.util.regex.Pattern.quote(QUOTE_SEPARATOR)));
    }

    /** The strength under the readings in force. */
    public Strength strength(ReadingSet readings) {
        return strengthSwitch.filter(s -> readings.isAlternative(s.reading())).map(StrengthSwitch::underAlternative).orElse(strength);
    }

    /** The readings that change how the rule is tested or how strong it is. */
    public List<Reading> readings() {
        Set<Reading> out = new LinkedHashSet<>(Tests.readings(test));
        strengthSwitch.ifPresent(s -> out.add(s.reading()));
        return new ArrayList<>(out);
    }

    /** The parameters the rule reads. */
    public List<Param<?>> parameters() {
        return Tests.parameters(test);
    }

    /** Whether the rule needs a registry (⊕); it is left out without one. */
    public boolean crossConsortium() {
        return Tests.crossConsortium(test);
    }
}
