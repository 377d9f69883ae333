package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.ParameterValues;
import java.util.Objects;
import java.util.Optional;

/**
 * What follows when the consortium is graded {@code grade}: every time, or only in a number of
 * evaluations in a row (this one included) that a parameter holds: {@code UNQUALIFIED, 2, Revoke}
 * is 苏州's "连续两次评价为不合格的取消".
 *
 * @param consecutive the parameter holding how many in a row; empty: every time
 */
public record GradeRule(Grade grade, Optional<Param<Integer>> consecutive, Consequence consequence, Clause clause) {

    public GradeRule {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(consecutive, "consecutive");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(clause, "clause");
    }

    /** How many such grades in a row it takes (at least one). */
    public int times(ParameterValues values) {
        return consecutive.map(values::get).map(n -> Math.max(1, n)).orElse(1);
    }
}
