package io.consortia.kernel.lifecycle;

import java.util.Objects;

/**
 * What follows when the consortium is graded {@code grade} in {@code consecutive} evaluations
 * in a row (this one included): {@code UNQUALIFIED, 2, Revoke} is 苏州's "连续两次评价为不合格的取消".
 */
public record GradeRule(Grade grade, int consecutive, Consequence consequence, Clause clause) {

    public GradeRule {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(clause, "clause");
        if (consecutive < 1) {
            throw new IllegalArgumentException("a grade rule needs at least one evaluation");
        }
    }
}
