package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.outcome.Strength;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Test;

/**
 * A rule being stated: quote and requirement first, then its test, which registers it. The
 * readings and parameters a rule depends on are read from its test.
 *
 * @since 0.1
 */
public interface RuleDraft {

    /** The original sentence, verbatim from the document, in its own characters. */
    RuleDraft quote(String sentence);

    /** What the rule requires, in Chinese and English. */
    RuleDraft says(String zh, String en);

    /** Under the reading's alternative the rule has another strength (苏州 S4, S15 under R7=item). */
    RuleDraft strengthUnder(Reading reading, Strength strength);

    /** The rule's test; registers the rule and returns to the edition. */
    EditionSetup test(Test test);
}
