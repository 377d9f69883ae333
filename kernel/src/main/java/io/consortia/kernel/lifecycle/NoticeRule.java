package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.ParameterValues;
import java.util.Objects;
import java.util.Optional;

/**
 * The procedure requires a public notice between the review and establishment, with no
 * objection; optionally of a minimum length in working days (a parameter), counted per reading R9.
 *
 * @param minWorkingDays the parameter holding the least length, when the text sets one
 */
public record NoticeRule(Optional<Param<Integer>> minWorkingDays, Clause clause) {

    public NoticeRule {
        Objects.requireNonNull(minWorkingDays, "minWorkingDays");
        Objects.requireNonNull(clause, "clause");
    }

    /** The least length in force, when the text sets one (a value of 0 sets none). */
    public Optional<Integer> minimum(ParameterValues values) {
        return minWorkingDays.map(values::get).filter(d -> d > 0);
    }
}
