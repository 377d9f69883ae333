package io.consortia.kernel.rule;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.reading.Reading;
import java.util.List;

/**
 * A condition of a jurisdiction's own, for what {@link Test}'s kinds cannot say. Evaluated on
 * every assessment; its evidence is asked for only when output wants it. Both must be pure and
 * deterministic, must not throw for any valid profile, and must read thresholds from
 * {@link RuleContext#parameters()}, never from literals.
 *
 * @since 0.2
 */
public interface CustomCondition {

    /** The outcome, three-valued. */
    Outcome evaluate(RuleContext context);

    /** What established the outcome, as data; {@link Evidence.Custom} is for conditions of one's own. */
    Evidence evidence(RuleContext context);

    /** The parameters it reads (they must be declared in the same edition). */
    default List<Param<?>> parameters() {
        return List.of();
    }

    /** The readings it consults (they must be registered by the jurisdiction). */
    default List<Reading> readings() {
        return List.of();
    }
}
