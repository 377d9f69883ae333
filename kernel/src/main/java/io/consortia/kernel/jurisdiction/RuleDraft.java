package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.rule.Condition;

/**
 * A rule being stated: quote and requirement first, then its test, which registers it.
 *
 * @since 0.1
 */
public interface RuleDraft {

    /** The original sentence, verbatim from the document, in its own characters. */
    RuleDraft quote(String sentence);

    /** What the rule requires, in Chinese and English. */
    RuleDraft says(String zh, String en);

    /** The readings that change the rule's test. */
    RuleDraft readings(Reading... readings);

    /** Marks the rule cross-consortium (⊕): evaluated only when a registry is supplied. */
    RuleDraft crossConsortium();

    /** The rule's test; registers the rule and returns to the edition. */
    EditionSetup test(Condition condition);
}
