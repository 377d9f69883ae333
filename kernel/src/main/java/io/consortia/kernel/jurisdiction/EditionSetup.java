package io.consortia.kernel.jurisdiction;

import io.consortia.kernel.outcome.Strength;
import java.time.LocalDate;

/**
 * What an edition registers into: its outline, rules and support measures. Implemented by the
 * kernel only; new methods may be added in later versions.
 *
 * @since 0.1
 */
public interface EditionSetup {

    /** The date the edition takes effect; by default the document's date of issue, or always if undated. */
    EditionSetup inForceFrom(LocalDate date);

    /** Target, naming, route and fields. */
    EditionSetup outline(Outline outline);

    /**
     * Starts a rule; finish it with {@link RuleDraft#test}. Rules are listed in the order
     * registered.
     *
     * @param catalogId the id in policy-catalog.md, {@code S5}, with a suffix where split, {@code S5.a}
     * @param clause the clause in the document's numbering, {@code 三(二)1}
     */
    RuleDraft rule(String catalogId, Strength strength, String clause);

    /** A support measure. */
    EditionSetup measure(SupportMeasure measure);

    /** The lifecycle the edition governs: procedure, obligations, evaluations, changes, sanctions. At most once. */
    EditionSetup lifecycle(io.consortia.kernel.lifecycle.LifecyclePolicy policy);
}
