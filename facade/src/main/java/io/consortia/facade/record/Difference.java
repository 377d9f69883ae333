package io.consortia.facade.record;

/**
 * One way a replayed decision differs from its record. Those that {@link #changesResult() change
 * the result} are the verdict and a finding's outcome or strength, or a rule that appeared or
 * went; the others say why: an edition, its document, a parameter, evidence, a module version.
 *
 * @since 0.2
 */
public sealed interface Difference {

    /** Whether this difference changes the decision's result: the verdict, a finding's outcome or strength, a rule added or gone. */
    default boolean changesResult() {
        return this instanceof Verdict || this instanceof Finding || this instanceof FindingAdded || this instanceof FindingRemoved;
    }

    /** One line for a person: {@code verdict: ELIGIBLE → INELIGIBLE}. */
    String describe();

    /** The verdict changed. */
    record Verdict(String before, String after) implements Difference {
        @Override
        public String describe() {
            return "verdict: " + before + " → " + after;
        }
    }

    /** A rule's outcome or strength changed. */
    record Finding(String rule, String outcomeBefore, String outcomeAfter, String strengthBefore, String strengthAfter) implements Difference {
        @Override
        public String describe() {
            String s = rule + ": " + outcomeBefore + " → " + outcomeAfter;
            return strengthBefore.equals(strengthAfter) ? s : s + " (" + strengthBefore + " → " + strengthAfter + ")";
        }
    }

    /** A rule that the record does not have was applied. */
    record FindingAdded(String rule, String outcome) implements Difference {
        @Override
        public String describe() {
            return rule + ": new rule, " + outcome;
        }
    }

    /** A rule of the record was not applied. */
    record FindingRemoved(String rule, String outcome) implements Difference {
        @Override
        public String describe() {
            return rule + ": no longer applied (was " + outcome + ")";
        }
    }

    /** Same outcome, other evidence (counted members, a parameter it met). */
    record Evidence(String rule) implements Difference {
        @Override
        public String describe() {
            return rule + ": same outcome, other evidence";
        }
    }

    /** Something about the edition applied changed: its document's title, number or date, when it is in force. */
    record Edition(String field, String before, String after) implements Difference {
        @Override
        public String describe() {
            return "edition " + field + ": " + before + " → " + after;
        }
    }

    /** The text of the edition's document changed. */
    record DocumentDigest(String before, String after) implements Difference {
        @Override
        public String describe() {
            return "document text: " + before + " → " + after;
        }
    }

    /** A parameter's value in force changed (JSON text; {@code absent} when the edition does not have it). */
    record Parameter(String name, String before, String after) implements Difference {
        @Override
        public String describe() {
            return "parameter " + name + ": " + before + " → " + after;
        }
    }

    /** Another version of a module decided. */
    record Version(String module, String before, String after) implements Difference {
        @Override
        public String describe() {
            return "version of " + module + ": " + before + " → " + after;
        }
    }
}
